import "server-only";
import type { Runtime } from "../runtime/runtime";
import { DomainError } from "../errors";
import { sendFollowUpEmail } from "../notifications/send-follow-up-email";
import type { EmailDelivery } from "../realtime/stream-events/message-payload-schema";
import type { Agent } from "./agent-scope";
import { appendAgentReply } from "./append-agent-reply";
import { appendInboxMessages } from "./append-inbox-messages";
import { authorizeAgent } from "./authorize-agent";
import type { ConversationTextInput } from "./inbox-schemas";
import { lockConversation } from "./lock-conversation";
import { publishChange } from "./publish-change";
import { statusRefusal } from "./status-refusal";
import { withTransaction } from "../db/with-transaction";

/**
 * The assigned agent's reply: stored like every message (so the customer's
 * stream carries it), marked with the agent. The assignee replying to their
 * own conversation — nearly every call — is one statement; anything else
 * takes the checked path below, which says why it is refused (or, when the
 * conversation was assigned to them meanwhile, sends it). On an e-mail
 * follow-up the reply then goes out by e-mail as well, and the answer says
 * how that went (`email`); a failed copy stays in the transcript to retry.
 */
export async function sendAgentMessage(runtime: Runtime, agent: Agent, input: ConversationTextInput): Promise<{ seq: number; email?: EmailDelivery | null }> {
  const notifies = runtime.bus.notifiesFromDatabase;
  const fast = await appendAgentReply(runtime.db, agent, input.conversationId, input.text, runtime.now(), notifies);
  if (fast !== null) {
    if (!notifies) await publishChange(runtime, input.conversationId, fast.seq);
    if (!fast.emailTo) return { seq: fast.seq };
    return { seq: fast.seq, email: await sendFollowUpEmail(runtime, input.conversationId, fast.seq) };
  }
  await authorizeAgent(runtime.db, agent, input.conversationId);
  const { seq, emailTo } = await withTransaction(runtime.db, async (tx) => {
    const conversation = await lockConversation(tx, input.conversationId);
    if (!conversation) throw new DomainError("NOT_FOUND", "This conversation does not exist.");
    if (conversation.status !== "ASSIGNED") throw new DomainError("CONFLICT", statusRefusal(conversation.status));
    if (conversation.assigneeId !== agent.userId) {
      const assignee = conversation.assigneeId ? await tx.user.findUnique({ where: { id: conversation.assigneeId }, select: { name: true } }) : null;
      throw new DomainError("CONFLICT", `${assignee?.name ?? "Another agent"} is handling this conversation; only they can reply. Ask for a transfer first.`);
    }
    const { followUpEmail } = await tx.conversation.findUniqueOrThrow({ where: { id: conversation.id }, select: { followUpEmail: true } });
    const email = followUpEmail ? { email: { to: followUpEmail, state: "sending" as const } } : {};
    const message = { author: "AGENT" as const, text: input.text, agentId: agent.userId, payload: { agentName: agent.name, ...email } };
    return { seq: await appendInboxMessages(tx, conversation, [message], runtime.now()), emailTo: followUpEmail };
  });
  await publishChange(runtime, input.conversationId, seq);
  if (!emailTo) return { seq };
  return { seq, email: await sendFollowUpEmail(runtime, input.conversationId, seq) };
}
