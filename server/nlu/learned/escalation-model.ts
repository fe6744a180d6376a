import type { HeadName } from "./escalation-heads";
import { escalationWeights } from "./escalation-weights";
import { predictLogistic, type LogisticHead } from "./train-logistic";

const LETTER = /\p{L}/u;

/** Where a head's probability becomes a decision, chosen by cross-validation on the training data (bench/train-escalation-model.ts). */
export interface HeadThresholds {
  /** At or above: the head says yes. */
  decide: number;
  /** At or above (and below `decide`): a weak sign, which counts only when the bar is lowered (upset head). */
  hint: number;
  /** Below: the head is confident the message is calm, and a lone rule cue ("deadline", "stolen", "forget it") is doubted (upset head). */
  veto: number;
}

/** The learned side of the escalation detectors: three logistic heads over hashed word and character n-grams. */
export interface EscalationModel {
  probability(head: HeadName, text: string): number;
  thresholds(head: HeadName): HeadThresholds;
}

/** A model from heads in memory (training, cross-validation). */
export function escalationModelFrom(heads: Map<HeadName, LogisticHead & HeadThresholds>): EscalationModel {
  return {
    // A message without letters (an amount, a date, an order number, "???") has no wording to judge: character n-grams of
    // digits learned from "3 times" or "in 10 min" made "1,250" look upset. The rules still see shouting marks.
    probability: (head, text) => (LETTER.test(text) ? predictLogistic(heads.get(head)!, text) : 0),
    thresholds: (head) => {
      const { decide, hint, veto } = heads.get(head)!;
      return { decide, hint, veto };
    },
  };
}

/** Bytes from base64, in Node and browsers alike. */
function decode(base64: string): Int8Array {
  const binary = atob(base64);
  const bytes = new Int8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = (binary.charCodeAt(i) << 24) >> 24;
  return bytes;
}

let shipped: EscalationModel | null = null;

/** The committed model (escalation-weights.ts, weights quantized to a byte), decoded on first use. */
export function shippedEscalationModel(): EscalationModel {
  if (shipped) return shipped;
  const heads = new Map<HeadName, LogisticHead & HeadThresholds>();
  for (const [name, head] of Object.entries(escalationWeights.heads) as [HeadName, (typeof escalationWeights.heads)["human"]][]) {
    const bytes = decode(head.weights);
    const weights = new Float32Array(bytes.length);
    for (let i = 0; i < bytes.length; i++) weights[i] = bytes[i]! * head.scale;
    heads.set(name, { bias: head.bias, weights, decide: head.decide, hint: head.hint, veto: head.veto });
  }
  shipped = escalationModelFrom(heads);
  return shipped;
}

/** No learned side at all: the rules alone, as before the model (for comparisons in npm run eval:nlu). */
export const RULES_ONLY: EscalationModel = {
  probability: () => 0,
  thresholds: () => ({ decide: 1, hint: 1, veto: 0 }),
};
