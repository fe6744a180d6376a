import type { FlowSettings } from "../flow/schema";
import type { EngineState } from "./engine-state";
import { judgeMood, type MoodCue } from "./judge-mood";
import { readVariable } from "./read-variable";
import type { FrustrationSignal, NluPort } from "./ports";
import type { HandoffReason } from "./turn-types";

export type TriggerDecision =
  | { kind: "escalate"; reason: HandoffReason; targetNodeId: string | null; wantsCallback: boolean; cue: MoodCue | null }
  | { kind: "offer_human"; cue: MoodCue }
  | null;

/** What the turn measured about the message before the triggers look at it. */
export interface MessageSignals {
  sentiment: number;
  frustration: FrustrationSignal;
  /** The mood of the recent messages, this one last. */
  moods: number[];
}

/** Waiting steps where a low-confidence streak or a repetition means the bot is failing the customer. */
export const UNDERSTANDING_STEPS = new Set(["intent", "helped"]);

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
 * before the current node handles it. `previous` excludes this message. The
 * low-confidence streak is not here: it counts only after the node has tried
 * to classify the message (see turn.ts).
 */
export function checkTriggers(
  text: string,
  signals: MessageSignals,
  state: EngineState,
  previous: string[],
  settings: FlowSettings["escalation"],
  nlu: NluPort,
): TriggerDecision {
  const human = nlu.detectHumanRequest(text);
  if (human) {
    return {
      kind: "escalate",
      reason: "explicit_request",
      targetNodeId: settings.explicitRequest.targetNodeId,
      wantsCallback: human === "callback",
      cue: null,
    };
  }
  const customer = customerTrigger(state, previous, settings);
  if (customer) return customer;
  const lower = ` ${normalise(text).join(" ")} `;
  for (const topic of settings.topics) {
    if (topic.keywords.some((keyword) => lower.includes(` ${normalise(keyword).join(" ")} `))) {
      return { kind: "escalate", reason: "topic_rule", targetNodeId: topic.targetNodeId, wantsCallback: false, cue: null };
    }
  }
  const step = state.waiting?.step ?? "";
  const repeated = UNDERSTANDING_STEPS.has(step) && isRepetition(text, previous);
  if (settings.sentiment.enabled) {
    // Earlier trouble in this conversation: a misunderstood message, a rephrase, a repetition, an earlier sign of frustration.
    const otherSignal = state.lowConfidenceStreak > 0 || state.tried.rephrases > 0 || state.upsetMessages > 0 || repeated;
    const cue = judgeMood(signals.frustration, signals.sentiment, signals.moods, otherSignal, settings.sentiment);
    if (cue) {
      if (settings.sentiment.action === "handoff")
        return { kind: "escalate", reason: "sentiment", targetNodeId: settings.sentiment.targetNodeId, wantsCallback: false, cue };
      return { kind: "offer_human", cue };
    }
  }
  if (settings.repeated.enabled && repeated) {
    return { kind: "escalate", reason: "repeated", targetNodeId: settings.repeated.targetNodeId, wantsCallback: false, cue: null };
  }
  return null;
}

/**
 * The repeat-contact rules, at the customer's first message only (a chat
 * handed back to the bot is not sent off again): someone the host site
 * identified who needed a person within N days, or who never chatted before.
 */
function customerTrigger(state: EngineState, previous: string[], settings: FlowSettings["escalation"]): TriggerDecision {
  if (previous.length > 0 || state.escalationReason) return null;
  const days = readVariable(state.variables, "customer.days_since_person");
  if (settings.repeatContact.enabled && typeof days === "number" && days <= settings.repeatContact.withinDays) {
    return { kind: "escalate", reason: "repeat_contact", targetNodeId: settings.repeatContact.targetNodeId, wantsCallback: false, cue: null };
  }
  if (settings.newCustomer.enabled && readVariable(state.variables, "customer.new") === true) {
    return { kind: "escalate", reason: "new_customer", targetNodeId: settings.newCustomer.targetNodeId, wantsCallback: false, cue: null };
  }
  return null;
}
