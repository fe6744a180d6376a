import type { FlowSettings } from "../flow/schema";
import type { EngineState } from "./engine-state";
import type { NluPort } from "./ports";
import type { HandoffReason } from "./turn-types";

export type TriggerDecision = { kind: "escalate"; reason: HandoffReason; targetNodeId: string | null; wantsCallback: boolean } | { kind: "offer_human" } | null;

/** Waiting steps where a low-confidence streak or a repetition means the bot is failing the customer. */
const UNDERSTANDING_STEPS = new Set(["intent", "helped"]);

const normalise = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s]/gu, " ")
    .split(/\s+/)
    .filter(Boolean);

/** The customer says (almost) the same as one of their two previous messages. */
export function isRepetition(text: string, previous: string[]): boolean {
  const words = new Set(normalise(text));
  if (words.size < 2) return false;
  return previous.slice(-2).some((earlier) => {
    const other = new Set(normalise(earlier));
    const shared = [...words].filter((word) => other.has(word)).length;
    return shared / Math.max(words.size, other.size) >= 0.8;
  });
}

/**
 * The flow-level escalation triggers, checked on every customer message
 * before the current node handles it. `previous` excludes this message.
 */
export function checkTriggers(
  text: string,
  sentiment: number,
  state: EngineState,
  previous: string[],
  settings: FlowSettings["escalation"],
  nlu: NluPort,
): TriggerDecision {
  const human = nlu.detectHumanRequest(text);
  if (human) {
    return { kind: "escalate", reason: "explicit_request", targetNodeId: settings.explicitRequest.targetNodeId, wantsCallback: human === "callback" };
  }
  const lower = ` ${normalise(text).join(" ")} `;
  for (const topic of settings.topics) {
    if (topic.keywords.some((keyword) => lower.includes(` ${normalise(keyword).join(" ")} `))) {
      return { kind: "escalate", reason: "topic_rule", targetNodeId: topic.targetNodeId, wantsCallback: false };
    }
  }
  if (settings.sentiment.enabled && sentiment <= settings.sentiment.threshold) {
    if (settings.sentiment.action === "handoff") {
      return { kind: "escalate", reason: "sentiment", targetNodeId: settings.sentiment.targetNodeId, wantsCallback: false };
    }
    if (!state.offeredHuman) return { kind: "offer_human" };
  }
  const step = state.waiting?.step ?? "";
  if (UNDERSTANDING_STEPS.has(step)) {
    if (settings.repeated.enabled && isRepetition(text, previous)) {
      return { kind: "escalate", reason: "repeated", targetNodeId: settings.repeated.targetNodeId, wantsCallback: false };
    }
    if (settings.lowConfidence.enabled && state.lowConfidenceStreak >= settings.lowConfidence.count) {
      return { kind: "escalate", reason: "low_confidence", targetNodeId: settings.lowConfidence.targetNodeId, wantsCallback: false };
    }
  }
  return null;
}
