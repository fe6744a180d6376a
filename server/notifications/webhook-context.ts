import "server-only";
import { z } from "zod";
import type { DbClient } from "../db/db-client";
import { variableValueSchema } from "../engine/engine-state";
import { webhookContextSchema, type WebhookContext } from "./webhook-payload-schemas";

/** The handoff's stored package (server/engine/build-context-package.ts), read leniently: rows written by older versions may lack fields. */
const storedPackageSchema = z.object({
  summary: z.string().nullable().catch(null),
  reason: z.string().nullable().catch(null),
  intent: z.object({ name: z.string(), confidence: z.number() }).nullable().catch(null),
  sentimentTrend: z.array(z.number()).catch([]),
});

const variablesSchema = z.record(z.string(), variableValueSchema.catch(null)).catch({});

/**
 * The context package of a conversation for its webhooks: the latest
 * handoff's summary, reason, intent and sentiment trend, the variables
 * collected so far (as they are now, with `customer.*`), and the contact.
 * Parsed with the payload's schema, so what leaves is what the docs say.
 */
export async function webhookContext(db: DbClient, conversationId: string): Promise<WebhookContext> {
  const row = await db.conversation.findUniqueOrThrow({
    where: { id: conversationId },
    select: {
      variables: true,
      contact: { select: { id: true, externalId: true, name: true, email: true, verified: true, attributes: true } },
      handoffs: { orderBy: { requestedAt: "desc" }, take: 1, select: { reason: true, context: true } },
    },
  });
  const handoff = row.handoffs[0];
  const stored = storedPackageSchema.parse(handoff?.context ?? {});
  return webhookContextSchema.parse({
    summary: stored.summary || null,
    reason: handoff?.reason ?? stored.reason,
    intent: stored.intent,
    sentimentTrend: stored.sentimentTrend,
    variables: variablesSchema.parse(row.variables),
    contact: row.contact ? { ...row.contact, attributes: variablesSchema.parse(row.contact.attributes) } : null,
  });
}
