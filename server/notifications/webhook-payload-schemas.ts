import { z } from "zod";
import { variableValueSchema } from "../engine/engine-state";

/**
 * The bodies Tandem's conversation webhooks send (docs/webhooks.md): one
 * schema per shape, used to build every payload and by tests (and receivers
 * written in TypeScript) to read them.
 */

/** An endpoint's choice of what the handoff and resolve events carry of the transcript. */
export const webhookTranscriptModes = ["none", "link", "full"] as const;
export const webhookTranscriptModeSchema = z.enum(webhookTranscriptModes, { error: "Choose none, link or full for the transcript." });
export type WebhookTranscriptMode = z.infer<typeof webhookTranscriptModeSchema>;

/** One line of a transcript as webhooks and the transcript link give it (internal notes are never in it). */
export const transcriptMessageSchema = z.object({
  seq: z.number().int(),
  author: z.enum(["customer", "bot", "agent", "system"]),
  text: z.string(),
  agentName: z.string().nullable(),
  createdAt: z.string(),
});
export type TranscriptMessage = z.infer<typeof transcriptMessageSchema>;

export const webhookTranscriptSchema = z.discriminatedUnion("mode", [
  z.object({ mode: z.literal("none") }),
  /** A signed, time-limited URL to the transcript (GET, no API token needed until it expires). */
  z.object({ mode: z.literal("link"), url: z.string(), expiresAt: z.string() }),
  /** The messages themselves, oldest first; `omitted` oldest ones were left out to stay under the size limit (then messages[0] is a system marker saying so). */
  z.object({ mode: z.literal("full"), messages: z.array(transcriptMessageSchema), omitted: z.number().int().min(0) }),
]);
export type WebhookTranscript = z.infer<typeof webhookTranscriptSchema>;

export const webhookContactSchema = z.object({
  id: z.string(),
  /** The host site's own id for the customer (Tandem.identify's `id`), when it gave one. */
  externalId: z.string().nullable(),
  name: z.string().nullable(),
  email: z.string().nullable(),
  /** Whether the identity came signed with the workspace's identity secret. */
  verified: z.boolean(),
  attributes: z.record(z.string(), variableValueSchema),
});
export type WebhookContact = z.infer<typeof webhookContactSchema>;

/** The context package: what an agent sees first, for the system that opens a ticket from it. */
export const webhookContextSchema = z.object({
  /** The handoff's summary of the conversation; null when it never went to a person. */
  summary: z.string().nullable(),
  reason: z.string().nullable(),
  intent: z.object({ name: z.string(), confidence: z.number() }).nullable(),
  /** Sentiment of the customer's recent messages, oldest first, from -1 (angry) to 1 (happy). */
  sentimentTrend: z.array(z.number()),
  /** The flow variables collected so far, `customer.*` included. */
  variables: z.record(z.string(), variableValueSchema),
  contact: webhookContactSchema.nullable(),
});
export type WebhookContext = z.infer<typeof webhookContextSchema>;

/** What handoff.requested, handoff.accepted and conversation.resolved add to the conversation fields. */
export const contextEventFieldsSchema = z.object({ context: webhookContextSchema, transcript: webhookTranscriptSchema });
export type ContextEventFields = z.infer<typeof contextEventFieldsSchema>;

/** The conversation fields every conversation event has. */
export const conversationEventDataSchema = z.object({
  conversationId: z.string(),
  status: z.string(),
  channel: z.string(),
  contactId: z.string().nullable(),
  team: z.object({ id: z.string(), name: z.string() }).nullable(),
  handoffId: z.string().optional(),
  kind: z.string().optional(),
  reason: z.string().optional(),
  agent: z.object({ id: z.string(), name: z.string() }).nullable().optional(),
});

/** The `data` of handoff.requested, handoff.accepted and conversation.resolved. */
export const contextEventDataSchema = conversationEventDataSchema.extend(contextEventFieldsSchema.shape);
export type ContextEventData = z.infer<typeof contextEventDataSchema>;

/** The JSON body of every delivery. */
export const webhookPayloadSchema = z.object({
  id: z.string(),
  type: z.string(),
  createdAt: z.string(),
  workspaceId: z.string(),
  data: z.record(z.string(), z.unknown()),
});
export type WebhookPayload = z.infer<typeof webhookPayloadSchema>;
