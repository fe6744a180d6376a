import "server-only";
import { DomainError } from "../errors";
import { sendFollowUpEmail } from "../notifications/send-follow-up-email";
import { readMessagePayload } from "../realtime/stream-events/message-payload-schema";
import type { Runtime } from "../runtime/runtime";
import type { Agent } from "./agent-scope";
import { authorizeAgent } from "./authorize-agent";
import type { MessageSeqInput } from "./inbox-schemas";

/** A copy still "sending" this long after the reply was stored is taken as lost (the process stopped mid-send) and may be sent again. */
export const STUCK_SENDING_MS = 2 * 60_000;

/**
 * Sends an agent's reply to an e-mail follow-up again after its e-mail copy
 * failed (or was lost). Any agent who may see the conversation may retry; a
 * copy that went out is never sent twice.
 */
export async function retryFollowUpEmail(runtime: Runtime, agent: Agent, input: MessageSeqInput) {
  await authorizeAgent(runtime.db, agent, input.conversationId);
  const message = await runtime.db.message.findUnique({ where: { conversationId_seq: { conversationId: input.conversationId, seq: input.seq } } });
  const email = message ? readMessagePayload(message.payload).email : undefined;
  if (!message || message.author !== "AGENT" || !email) throw new DomainError("NOT_FOUND", "That reply has no e-mail copy to send.");
  if (email.state === "sent") throw new DomainError("CONFLICT", `This reply was already e-mailed to ${email.to}.`);
  const stuck = email.state === "sending" && runtime.now().getTime() - message.createdAt.getTime() >= STUCK_SENDING_MS;
  if (email.state === "sending" && !stuck) throw new DomainError("CONFLICT", "This reply is being e-mailed right now. Wait a moment.");
  const delivery = await sendFollowUpEmail(runtime, input.conversationId, input.seq);
  return { seq: input.seq, email: delivery };
}
