import "server-only";
import { conversationReference } from "../conversations/conversation-reference";
import { publishChange } from "../handoff/publish-change";
import { readMessagePayload, type EmailDelivery } from "../realtime/stream-events/message-payload-schema";
import type { Runtime } from "../runtime/runtime";
import { followUpMessageId, messageIdHost } from "./follow-up-message-id";
import { mailSettings } from "./mail-settings";

const NO_SMTP = "E-mail is not set up on this server (SMTP_URL), so this reply was not e-mailed.";

/**
 * Sends the e-mail copy of one message of an e-mail follow-up — the
 * customer's own message as an acknowledgement, or an agent's reply — to the
 * conversation's follow-up address, threaded: its Message-ID is
 * `<conversationId.seq@host>`, In-Reply-To the latest earlier copy that went
 * out, References all of them, and every subject carries the conversation's
 * reference. The outcome is written on the message (`payload.email`), never
 * thrown: the message itself is already in the transcript, and a failed copy
 * can be sent again (retryFollowUpEmail). The customer's e-mailed answers
 * (payload.viaEmail) join the References, and with inbound mail on
 * (INBOUND_EMAIL) the footer invites a reply. A reply that went out ends the wait
 * for one (`awaitingEmailReplyAt`).
 */
export async function sendFollowUpEmail(runtime: Runtime, conversationId: string, seq: number): Promise<EmailDelivery | null> {
  const conversation = await runtime.db.conversation.findUnique({
    where: { id: conversationId },
    select: { followUpEmail: true, lastSeq: true, flow: { select: { name: true } } },
  });
  const message = await runtime.db.message.findUnique({ where: { conversationId_seq: { conversationId, seq } } });
  if (!conversation?.followUpEmail || !message || (message.author !== "AGENT" && message.author !== "CUSTOMER")) return null;
  const to = conversation.followUpEmail;
  const { mailer, from, inbound } = mailSettings(runtime);
  if (!mailer) return record(runtime, conversationId, seq, { to, state: "failed", error: NO_SMTP, at: runtime.now().toISOString() }, conversation.lastSeq);

  const earlier = await runtime.db.message.findMany({
    where: {
      conversationId,
      seq: { lt: seq },
      // The copies that went out, and the customer's answers that came in (POST /api/v1/inbound-email): the whole thread.
      OR: [{ payload: { path: ["email", "state"], equals: "sent" } }, { payload: { path: ["viaEmail", "messageId"], string_contains: "@" } }],
    },
    orderBy: { seq: "asc" },
    select: { payload: true },
  });
  const references = earlier.flatMap((row) => {
    const payload = readMessagePayload(row.payload);
    return payload.email?.messageId ?? payload.viaEmail?.messageId ?? [];
  });
  const messageId = followUpMessageId(conversationId, seq, messageIdHost(from));
  const reference = conversationReference(conversationId);
  const subject = `Your message to ${conversation.flow.name} [${reference}]`;
  const reply = message.author === "AGENT";
  const agentName = readMessagePayload(message.payload).agentName ?? "Our team";
  const text = reply
    ? `${agentName} replied to your message:\n\n${message.text}\n\n—\nReference ${reference}. ${inbound ? "To add something, reply to this e-mail." : "To add something, start a new chat and mention this reference (replies to this e-mail do not reach the conversation)."}`
    : `Thanks — we got your message and will reply to this address as soon as someone is available.\n\nYour message:\n${message.text
        .split("\n")
        .map((line) => `> ${line}`)
        .join("\n")}\n\n—\nReference ${reference}.`;
  try {
    await mailer.sendMail({
      from,
      to: [to],
      subject: reply ? `Re: ${subject}` : subject,
      text,
      messageId,
      ...(references.length ? { inReplyTo: references.at(-1), references } : {}),
    });
  } catch (error) {
    runtime.log("error", "a follow-up e-mail could not be sent", { conversationId, seq, error: String(error) });
    const reason = "The mail server refused it or could not be reached. Nothing is lost: send it again from here.";
    return record(runtime, conversationId, seq, { to, state: "failed", error: reason, at: runtime.now().toISOString() }, conversation.lastSeq);
  }
  if (reply) await runtime.db.conversation.updateMany({ where: { id: conversationId }, data: { awaitingEmailReplyAt: null } });
  return record(runtime, conversationId, seq, { to, state: "sent", messageId, at: runtime.now().toISOString() }, conversation.lastSeq);
}

/** Writes how the copy went onto the message and tells the inbox (its stream refetches the conversation). */
async function record(runtime: Runtime, conversationId: string, seq: number, delivery: EmailDelivery, lastSeq: number): Promise<EmailDelivery> {
  await runtime.db.$executeRawUnsafe(
    `UPDATE "Message" SET "payload" = jsonb_set(COALESCE("payload", '{}'::jsonb), '{email}', $3::jsonb) WHERE "conversationId" = $1 AND "seq" = $2`,
    conversationId,
    seq,
    JSON.stringify(delivery),
  );
  await publishChange(runtime, conversationId, lastSeq);
  return delivery;
}
