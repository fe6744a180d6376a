import "server-only";
import { withTransaction } from "../db/with-transaction";
import { engineStateSchema } from "../engine/engine-state";
import { DomainError } from "../errors";
import { lockConversation } from "../handoff/lock-conversation";
import { publishChange } from "../handoff/publish-change";
import type { Runtime } from "../runtime/runtime";
import { MAX_INBOUND_TEXT, type InboundEmail } from "./inbound-email-schema";
import { matchInboundConversation } from "./match-inbound-conversation";
import { openEmailReplyHandoff } from "./open-email-reply-handoff";
import { stripQuotedReply } from "./strip-quoted-reply";

/** The event recorded for every e-mailed answer that reached its conversation. */
export const FOLLOW_UP_REPLY_EVENT = "follow_up_reply";
/** Why the status line of a reopened conversation says what it says. */
export const EMAIL_REPLY_CHANGE = "email_reply";
/** A resolved or abandoned conversation reopens for an answer this recent; an older one is over (the customer starts a new chat). */
export const REOPEN_WITHIN_DAYS = 30;

export type InboundEmailResult =
  { outcome: "added" | "duplicate"; conversationId: string; seq: number; status: string; reopened: boolean } | { outcome: "refused"; reason: string };

const DAY_MS = 86_400_000;

/**
 * A customer's answer to a follow-up e-mail, posted by the workspace's mail
 * provider: matched to its conversation (threading headers, else the subject's
 * reference), accepted only from the conversation's follow-up address, its
 * quoted history stripped, and appended as the customer's message — once per
 * Message-ID (a ChatRequest of kind "email" keys it, so a provider's retry
 * adds nothing). The conversation waits for an e-mailed reply again (since
 * this e-mail, or still since the first unanswered one). One an
 * agent has (ASSIGNED), or that is queued or has a callback booked, stays as
 * it is; one that is resolved, abandoned or back with the bot returns to its
 * team's queue, unassigned, with a status line and a handoff (reason
 * `email_reply`). All in one transaction with a `follow_up_reply` event; then
 * the inbox hears of it.
 */
export async function receiveInboundEmail(runtime: Runtime, workspaceId: string, email: InboundEmail): Promise<InboundEmailResult> {
  const match = await matchInboundConversation(runtime.db, email, workspaceId);
  if (!match) {
    return { outcome: "refused", reason: "No conversation matches this e-mail: neither its In-Reply-To/References nor a #reference in its subject name one." };
  }
  if (match.workspaceId !== workspaceId) throw new DomainError("NOT_FOUND", "This e-mail answers a conversation of another workspace.");
  if (!match.followUpEmail) return { outcome: "refused", reason: "This conversation is not waiting for e-mail: nobody left an address for a reply by e-mail." };
  if (match.followUpEmail.toLowerCase() !== email.from) {
    return { outcome: "refused", reason: `The sender ${email.from} is not the address this conversation replies to; only that address can answer by e-mail.` };
  }
  const stripped = stripQuotedReply(email.text);
  if (!stripped) return { outcome: "refused", reason: "This e-mail has no text of its own above the quoted conversation." };
  const text = stripped.length > MAX_INBOUND_TEXT ? `${stripped.slice(0, MAX_INBOUND_TEXT - 1)}…` : stripped;
  const now = runtime.now();

  const saved = await withTransaction(
    runtime.db,
    async (tx) => {
      const locked = await lockConversation(tx, match.id);
      if (!locked) throw new DomainError("NOT_FOUND", "This conversation does not exist.");
      const key = { conversationId_kind_key: { conversationId: locked.id, kind: "email", key: email.messageId } };
      const earlier = await tx.chatRequest.findUnique({ where: key, select: { afterSeq: true } });
      if (earlier) return { outcome: "duplicate" as const, seq: earlier.afterSeq + 1, status: locked.status, reopened: false };
      const row = await tx.conversation.findUniqueOrThrow({
        where: { id: locked.id },
        select: { closedAt: true, flowId: true, flowVersionId: true, awaitingEmailReplyAt: true },
      });
      const closed = locked.status === "RESOLVED" || locked.status === "ABANDONED";
      if (closed && row.closedAt && now.getTime() - row.closedAt.getTime() > REOPEN_WITHIN_DAYS * DAY_MS) {
        return { outcome: "refused" as const, reason: `This conversation ended more than ${REOPEN_WITHIN_DAYS} days ago; the customer can start a new chat.` };
      }
      const reopened = closed || locked.status === "BOT";
      const seq = locked.lastSeq + 1;
      const lastSeq = reopened ? seq + 1 : seq;
      await tx.message.createMany({
        data: [
          {
            conversationId: locked.id,
            seq,
            author: "CUSTOMER",
            text,
            payload: { viaEmail: { from: email.from, messageId: email.messageId, at: now.toISOString() } },
            createdAt: now,
          },
          ...(reopened
            ? [
                {
                  conversationId: locked.id,
                  seq: seq + 1,
                  author: "SYSTEM" as const,
                  text: "The customer answered by e-mail: back in the team's queue",
                  payload: { event: "status", status: "QUEUED", change: EMAIL_REPLY_CHANGE },
                  createdAt: now,
                },
              ]
            : []),
        ],
      });
      const state = engineStateSchema.safeParse(locked.state);
      await tx.conversation.update({
        where: { id: locked.id },
        data: {
          // Already waiting (a second e-mail before any reply): the wait still counts from the first.
          awaitingEmailReplyAt: row.awaitingEmailReplyAt ?? now,
          lastSeq,
          version: { increment: 1 },
          updatedAt: now,
          ...(reopened
            ? {
                status: "QUEUED",
                assigneeId: null,
                queuedAt: now,
                closedAt: null,
                ...(state.success ? { state: { ...state.data, status: "human", waiting: null } } : {}),
              }
            : {}),
        },
      });
      // Back in the queue is new work for the team: a handoff of its own, so its wait, the agent who takes it, the reply
      // and the outcome are counted like any other, and it can be transferred. Its context is the conversation's last one.
      if (reopened) await openEmailReplyHandoff(tx, locked, now);
      await tx.chatRequest.create({
        data: { conversationId: locked.id, kind: "email", key: email.messageId, afterSeq: locked.lastSeq, throughSeq: lastSeq, createdAt: now },
      });
      await tx.event.create({
        data: {
          workspaceId: locked.workspaceId,
          conversationId: locked.id,
          flowId: row.flowId,
          flowVersionId: row.flowVersionId,
          type: FOLLOW_UP_REPLY_EVENT,
          data: { channel: "email", from: locked.status.toLowerCase(), reopened, teamId: locked.teamId },
          createdAt: now,
        },
      });
      return { outcome: "added" as const, seq, lastSeq, status: reopened ? "QUEUED" : locked.status, reopened };
    },
    { maxWait: 5_000, timeout: 10_000 },
  );
  if (saved.outcome === "refused") return saved;
  if (saved.outcome === "added") await publishChange(runtime, match.id, saved.lastSeq);
  return { outcome: saved.outcome, conversationId: match.id, seq: saved.seq, status: saved.status.toLowerCase(), reopened: saved.reopened };
}
