import "server-only";
import { withTransaction } from "../db/with-transaction";
import { DomainError } from "../errors";
import { mailSettings } from "../notifications/mail-settings";
import type { Runtime } from "../runtime/runtime";
import type { EmailTranscriptInput } from "./end-of-chat-schemas";
import type { TurnConversation } from "./load-conversation";
import { renderTranscriptText } from "./render-transcript-text";

/** At most this many transcript e-mails per conversation: the endpoint is public, the address is the customer's word. */
export const MAX_TRANSCRIPT_EMAILS = 3;

const EVENT = "transcript.emailed";

/**
 * E-mails the customer's copy of the chat (the download's text, so never an
 * internal note) to the address they give. Each send is recorded as an event
 * before it goes out, under a lock on the conversation, so the limit holds
 * for concurrent requests and across instances; a send the SMTP server
 * refuses is un-recorded and does not count.
 */
export async function emailTranscript(runtime: Runtime, conversation: TurnConversation, input: EmailTranscriptInput) {
  const { mailer, from } = mailSettings(runtime);
  if (!mailer) throw new DomainError("CONFLICT", "Sending transcripts by e-mail is not available here. Use “Download transcript” instead.");
  const now = runtime.now();
  const event = await withTransaction(
    runtime.db,
    async (tx) => {
      await tx.$queryRawUnsafe(`SELECT 1 FROM "Conversation" WHERE "id" = $1 FOR UPDATE`, conversation.id);
      const sent = await tx.event.count({ where: { conversationId: conversation.id, type: EVENT } });
      if (sent >= MAX_TRANSCRIPT_EMAILS) {
        throw new DomainError("TOO_MANY_REQUESTS", `This transcript has already been e-mailed ${MAX_TRANSCRIPT_EMAILS} times. Download it instead.`);
      }
      return tx.event.create({
        data: {
          workspaceId: conversation.workspaceId,
          conversationId: conversation.id,
          flowId: conversation.flowId,
          flowVersionId: conversation.flowVersionId,
          type: EVENT,
          createdAt: now,
        },
        select: { id: true },
      });
    },
    { maxWait: 2_000, timeout: 5_000 },
  );
  const { flowName, text } = await renderTranscriptText(runtime, conversation);
  try {
    await mailer.sendMail({ from, to: [input.email], subject: `Your chat transcript: ${flowName}`, text, html: transcriptHtml(text) });
  } catch (error) {
    await runtime.db.event.delete({ where: { id: event.id } });
    runtime.log("error", "a transcript e-mail could not be sent", { conversationId: conversation.id, error: String(error) });
    throw new DomainError("UNAVAILABLE", "We couldn't send the e-mail just now. Please try again in a few minutes, or download the transcript.");
  }
  const sent = await runtime.db.event.count({ where: { conversationId: conversation.id, type: EVENT } });
  return { sent: true as const, email: input.email, remaining: Math.max(0, MAX_TRANSCRIPT_EMAILS - sent) };
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The same text in a <pre>, escaped: what the customer wrote is never HTML. */
function transcriptHtml(text: string) {
  return `<pre style="font-family: ui-monospace, monospace; white-space: pre-wrap">${escapeHtml(text)}</pre>`;
}
