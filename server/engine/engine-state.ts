import { z } from "zod";

export const variableValueSchema = z.union([z.string(), z.number(), z.boolean(), z.null()]);
export type VariableValue = z.infer<typeof variableValueSchema>;

/**
 * What a waiting node waits for: an Ask's answer, an intent (Understand,
 * Rephrase), "did that help?" (Self-service), a callback's offer, phone and
 * slot, the closing rating, a person (handoffs), or the answer to a "would
 * you like a person?" offer made on any node.
 */
export const waitStepSchema = z.enum(["answer", "intent", "helped", "offer", "phone", "slot", "rating", "human", "offer_human"]);
export type WaitStep = z.infer<typeof waitStepSchema>;

/** Why a conversation left the bot: a trigger, the "Talk to a person" button, or a handoff reached by the flow's own path. */
const reasons = ["explicit_request", "button", "sentiment", "low_confidence", "repeated", "repeat_contact", "new_customer", "topic_rule", "flow"] as const;
export const handoffReasonSchema = z.enum(reasons);
export type HandoffReason = z.infer<typeof handoffReasonSchema>;

const waitingSchema = z.object({
  nodeId: z.string(),
  /** What the node waits for; a node may wait in several steps (callback: offer, phone, slot). */
  step: waitStepSchema,
  attempts: z.number().int().default(0),
  /** Choices offered at this step, so typed answers can match them. */
  choices: z.array(z.object({ id: z.string(), label: z.string() })).default([]),
  /** Slot times offered by a callback, as ISO strings, aligned with choices. */
  slots: z.array(z.string()).default([]),
  /** The step a "would you like a person?" offer interrupted, to return to on "no". */
  interruptedStep: waitStepSchema.nullable().default(null),
  /** The message the offer interrupted, handled as usual on "no". */
  interruptedText: z.string().nullable().default(null),
});

/** The engine's memory of one conversation, stored as JSON on the conversation. */
export const engineStateSchema = z.object({
  status: z.enum(["bot", "human", "ended"]).default("bot"),
  waiting: waitingSchema.nullable().default(null),
  variables: z.record(z.string(), variableValueSchema).default({}),
  intent: z.object({ id: z.string(), name: z.string(), confidence: z.number() }).nullable().default(null),
  teamId: z.string().nullable().default(null),
  lowConfidenceStreak: z.number().int().default(0),
  /** The last customer messages (trimmed), for repetition, summaries and self-service. */
  recentMessages: z.array(z.string()).default([]),
  sentimentTrend: z.array(z.number()).default([]),
  tried: z
    .object({ articles: z.array(z.object({ id: z.string(), title: z.string() })).default([]), rephrases: z.number().int().default(0) })
    .default({ articles: [], rephrases: 0 }),
  /** A sentiment "would you like a person?" offer is pending. */
  offeredHuman: z.boolean().default(false),
  /** The customer's language (ISO 639-1), from the last message it could be told from. */
  language: z.string().nullable().default(null),
  /** Earlier messages with a sign of frustration (a lower bar for the next one). */
  upsetMessages: z.number().int().default(0),
  /** The last message was frustrated or urgent: no "say it another way" for it. */
  upset: z.boolean().default(false),
  /** Why the conversation escalated, once it did. */
  escalationReason: handoffReasonSchema.nullable().default(null),
  /** The frustration or urgency cue behind a sentiment escalation (for the agent). */
  escalationCue: z.object({ kind: z.string(), text: z.string() }).nullable().default(null),
  rating: z.number().int().min(1).max(5).nullable().default(null),
});
export type EngineState = z.infer<typeof engineStateSchema>;
export type Waiting = NonNullable<EngineState["waiting"]>;

export const initialEngineState = (): EngineState => engineStateSchema.parse({});

/** A Waiting record for `step` at a node, with the usual empty extras. */
export function waitAt(nodeId: string, step: WaitStep, extra: Partial<Waiting> = {}): Waiting {
  return { nodeId, step, attempts: 0, choices: [], slots: [], interruptedStep: null, interruptedText: null, ...extra };
}
