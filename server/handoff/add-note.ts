import "server-only";
import type { Runtime } from "../runtime/runtime";
import type { Agent } from "./agent-scope";
import { authorizeAgent } from "./authorize-agent";
import type { ConversationTextInput } from "./inbox-schemas";
import { publishChange } from "./publish-change";
import { withTransaction } from "../db/with-transaction";

/** An internal note on a conversation: agents see it, the customer never does (it is not a message). */
export async function addNote(runtime: Runtime, agent: Agent, input: ConversationTextInput) {
  const conversation = await authorizeAgent(runtime.db, agent, input.conversationId);
  const now = runtime.now();
  const note = await withTransaction(runtime.db, async (tx) => {
    const created = await tx.note.create({
      data: { conversationId: conversation.id, authorId: agent.userId, text: input.text, createdAt: now },
      select: { id: true },
    });
    // A note changes the conversation: a reconnecting inbox finds what it missed by updatedAt.
    await tx.conversation.update({ where: { id: conversation.id }, data: { updatedAt: now }, select: { id: true } });
    return created;
  });
  // Same seq: the customer's stream has nothing new; other agents' inboxes refresh.
  await publishChange(runtime, conversation.id, conversation.lastSeq);
  return { id: note.id };
}
