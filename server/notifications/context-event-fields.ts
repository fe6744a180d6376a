import "server-only";
import type { Runtime } from "../runtime/runtime";
import { inlineTranscript } from "./inline-transcript";
import { transcriptLink } from "./transcript-link";
import { webhookContext } from "./webhook-context";
import { contextEventFieldsSchema, type ContextEventFields, type WebhookContext, type WebhookTranscriptMode } from "./webhook-payload-schemas";

/**
 * What handoff.requested, handoff.accepted and conversation.resolved add for
 * an endpoint: the context package (read once per event) and the transcript
 * as the endpoint's setting says — nothing, a signed link, or the messages.
 */
export function contextEventFields(runtime: Runtime, conversationId: string): (mode: WebhookTranscriptMode) => Promise<ContextEventFields> {
  let context: Promise<WebhookContext> | undefined;
  return async (mode) => {
    context ??= webhookContext(runtime.db, conversationId);
    const transcript =
      mode === "full" ? await inlineTranscript(runtime.db, conversationId) : mode === "link" ? transcriptLink(conversationId, runtime.now()) : { mode };
    return contextEventFieldsSchema.parse({ context: await context, transcript });
  };
}
