import "server-only";
import { findOrCreateContact } from "../contacts/find-or-create-contact";
import { contactFacts } from "../contacts/contact-facts";
import { customerVariables } from "../contacts/customer-variables";
import { linkConversation } from "../contacts/link-conversation";
import { withTransaction } from "../db/with-transaction";
import { engineStateSchema } from "../engine/engine-state";
import { DomainError } from "../errors";
import { lockConversation } from "../handoff/lock-conversation";
import { publishChange } from "../handoff/publish-change";
import { mailSettings } from "../notifications/mail-settings";
import { sendFollowUpEmail } from "../notifications/send-follow-up-email";
import type { Runtime } from "../runtime/runtime";
import { callbackTeam } from "./callback-team";
import { conversationReference } from "./conversation-reference";
import type { EmailFollowUpInput } from "./follow-up-schemas";
import { loadConversation, type TurnConversation } from "./load-conversation";
import { loadFlowVersion } from "./load-flow-version";
import { publicMessage, type PublicMessage } from "./public-message";

export interface EmailFollowUpResponse {
  status: "awaiting_email";
  followUp: { email: string; reference: string };
  messages: PublicMessage[];
}

/** The event analytics counts as "message left". */
export const FOLLOW_UP_EVENT = "follow_up_requested";
/** Why the status line says what it says (the chat shows "awaiting_email" from it). */
export const FOLLOW_UP_CHANGE = "email_follow_up";

/**
 * "Nobody is free — leave your e-mail and we'll reply": offered while the bot
 * offers a callback (no agent, after hours) or while the customer waits in the
 * queue. In one transaction: the customer's message (by its clientMessageId,
 * so a retry gets the first answer back), a status line, the conversation
 * queued for its team (the flow's handoff team when no handoff row exists)
 * and marked awaiting an e-mail reply at that address, the contact found or
 * made by that address, and a `follow_up_requested` event. Then an
 * acknowledgement e-mail starts the thread the agents' replies join. The
 * queue's timeouts and abandonment leave such conversations alone: the
 * customer is not waiting in the chat any more.
 */
export async function leaveEmailFollowUp(runtime: Runtime, conversation: TurnConversation, input: EmailFollowUpInput): Promise<EmailFollowUpResponse> {
  if (!mailSettings(runtime).mailer) {
    throw new DomainError("CONFLICT", "Replies by e-mail are not available here. Request a callback, or leave your message in the chat.");
  }
  const email = input.email.toLowerCase();
  const earlier = await replayed(runtime, conversation.id, input.clientMessageId);
  if (earlier) return earlier;

  const current = (await loadConversation(runtime.db, conversation.id)) ?? conversation;
  await assertOffered(runtime, current);
  const team = await callbackTeam(runtime.db, current);
  const now = runtime.now();
  const reference = conversationReference(conversation.id);

  const saved = await withTransaction(
    runtime.db,
    async (tx) => {
      const locked = await lockConversation(tx, conversation.id);
      if (!locked) throw new DomainError("NOT_FOUND", "This chat session does not exist.");
      const replay = await tx.message.findFirst({ where: { conversationId: locked.id, clientMessageId: input.clientMessageId }, select: { seq: true } });
      if (replay) return { replaySeq: replay.seq };
      const row = await tx.conversation.findUniqueOrThrow({
        where: { id: locked.id },
        select: { awaitingEmailReplyAt: true, followUpEmail: true, contactId: true, queuedAt: true },
      });
      if (locked.status !== "BOT" && locked.status !== "QUEUED") throw refusal(locked.status);
      if (row.awaitingEmailReplyAt) {
        throw new DomainError(
          "CONFLICT",
          `We already have your message and will reply to ${row.followUpEmail} by e-mail. Anything you write here reaches the team too.`,
        );
      }
      if (row.contactId) {
        await tx.conversation.updateMany({ where: { id: locked.id, customerEmail: null }, data: { customerEmail: email } });
      } else {
        const contact = await findOrCreateContact(tx, locked.workspaceId, { email, verified: false }, now);
        await linkConversation(tx, locked.id, contact, customerVariables(await contactFacts(tx, contact, locked.id, now)), now);
      }
      const seq = locked.lastSeq + 1;
      await tx.message.createMany({
        data: [
          { conversationId: locked.id, seq, author: "CUSTOMER", text: input.text, clientMessageId: input.clientMessageId, createdAt: now },
          {
            conversationId: locked.id,
            seq: seq + 1,
            author: "SYSTEM",
            text: `We'll reply to ${email} by e-mail (reference ${reference})`,
            payload: { event: "status", status: "QUEUED", change: FOLLOW_UP_CHANGE },
            createdAt: now,
          },
        ],
      });
      // Re-read after linkConversation, which merged the contact's variables into the state.
      const fresh = await tx.conversation.findUniqueOrThrow({ where: { id: locked.id }, select: { state: true } });
      const state = engineStateSchema.parse(fresh.state);
      await tx.conversation.update({
        where: { id: locked.id },
        data: {
          status: "QUEUED",
          teamId: locked.teamId ?? team?.id ?? null,
          queuedAt: row.queuedAt ?? now,
          followUpEmail: email,
          awaitingEmailReplyAt: now,
          customerSeenAt: now,
          // The bot stops waiting (a "No thanks" typed now is for the team, not the callback offer).
          state: { ...state, status: "human", waiting: null },
          lastSeq: seq + 1,
          version: { increment: 1 },
          updatedAt: now,
        },
      });
      await tx.event.create({
        data: {
          workspaceId: locked.workspaceId,
          conversationId: locked.id,
          flowId: current.flowId,
          flowVersionId: current.flowVersionId,
          nodeId: state.waiting?.nodeId ?? null,
          type: FOLLOW_UP_EVENT,
          data: { channel: "email", teamId: locked.teamId ?? team?.id ?? null, from: locked.status.toLowerCase() },
          createdAt: now,
        },
      });
      return { seq };
    },
    { maxWait: 5_000, timeout: 10_000 },
  );
  if ("replaySeq" in saved) return (await replayed(runtime, conversation.id, input.clientMessageId))!;
  await publishChange(runtime, conversation.id, saved.seq + 1);
  await sendFollowUpEmail(runtime, conversation.id, saved.seq);
  return answer(runtime, conversation.id, saved.seq, email);
}

/** The chat offers it where nobody can chat now: at the bot's callback offer, or in the queue. */
async function assertOffered(runtime: Runtime, conversation: TurnConversation) {
  if (conversation.status === "QUEUED") return;
  if (conversation.status !== "BOT") throw refusal(conversation.status);
  const state = engineStateSchema.safeParse(conversation.state);
  const waitingAt = state.success ? state.data.waiting?.nodeId : undefined;
  const flow = await loadFlowVersion(runtime.db, conversation.flowVersionId);
  if (flow.nodes.find((node) => node.id === waitingAt)?.type !== "callback") {
    throw new DomainError("CONFLICT", "Leaving a message for an e-mail reply is offered when nobody is available to chat. Ask for a person first.");
  }
}

function refusal(status: string) {
  if (status === "ASSIGNED") return new DomainError("CONFLICT", "Someone from the team is with you in this chat now — write to them here.");
  return new DomainError("CONFLICT", "This chat has ended. Start a new chat to leave us a message.");
}

/** A retried request (same clientMessageId) gets what the first one answered, without a second message or e-mail. */
async function replayed(runtime: Runtime, conversationId: string, clientMessageId: string): Promise<EmailFollowUpResponse | null> {
  const message = await runtime.db.message.findFirst({ where: { conversationId, clientMessageId }, select: { seq: true } });
  if (!message) return null;
  const row = await runtime.db.conversation.findUniqueOrThrow({ where: { id: conversationId }, select: { followUpEmail: true } });
  if (!row.followUpEmail) throw new DomainError("CONFLICT", "That clientMessageId was already used for another message. Send a new one.");
  return answer(runtime, conversationId, message.seq, row.followUpEmail);
}

async function answer(runtime: Runtime, conversationId: string, seq: number, email: string): Promise<EmailFollowUpResponse> {
  const messages = await runtime.db.message.findMany({ where: { conversationId, seq: { in: [seq, seq + 1] } }, orderBy: { seq: "asc" } });
  return { status: "awaiting_email", followUp: { email, reference: conversationReference(conversationId) }, messages: messages.map(publicMessage) };
}
