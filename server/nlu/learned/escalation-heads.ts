/** A training message's label (tests/fixtures/escalation-*.tsv); "none" is "not a request, mood not labelled" (human-requests.tsv). */
export type EscalationLabel = "human" | "callback" | "frustrated" | "urgent" | "neutral" | "lookalike" | "none";

/** What a learned head says yes to, and what it is trained to say no to (labels in neither are left out of its training). */
export interface HeadDefinition {
  positive: ReadonlySet<EscalationLabel>;
  negative: ReadonlySet<EscalationLabel>;
}

export type HeadName = "human" | "upset" | "urgent";

/**
 * The three learned heads: a request for a person (callbacks count: the
 * rules tell them apart), an upset message (frustrated or urgent, against
 * ordinary messages and look-alikes), and urgency among the upset ones.
 */
export const HEADS = new Map<HeadName, HeadDefinition>([
  ["human", { positive: new Set(["human", "callback"]), negative: new Set(["frustrated", "urgent", "neutral", "lookalike", "none"]) }],
  ["upset", { positive: new Set(["frustrated", "urgent"]), negative: new Set(["neutral", "lookalike"]) }],
  ["urgent", { positive: new Set(["urgent"]), negative: new Set(["frustrated", "neutral", "lookalike"]) }],
]);
