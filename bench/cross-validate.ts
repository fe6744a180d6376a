// k-fold cross-validation of the learned heads on the training rows, in blocks of 25 consecutive lines, so that a
// family of paraphrases written together mostly lands in one fold (scattered, CV would test on near-copies).
import { HEADS, type HeadName } from "../server/nlu/learned/escalation-heads";
import { escalationModelFrom, type EscalationModel, type HeadThresholds } from "../server/nlu/learned/escalation-model";
import { trainLogistic, type LogisticHead, type TrainingOptions } from "../server/nlu/learned/train-logistic";
import type { LabelledRow } from "./escalation-sets";

export const FOLDS = 5;
const BLOCK = 25;

export const foldOf = (index: number) => Math.floor(index / BLOCK) % FOLDS;

/** One head trained on the rows its definition covers. */
export function trainHead(name: HeadName, rows: LabelledRow[], options: TrainingOptions = {}): LogisticHead {
  const head = HEADS.get(name)!;
  const examples = rows.filter((row) => head.positive.has(row.label) || head.negative.has(row.label));
  return trainLogistic(
    examples.map((row) => ({ text: row.text, positive: head.positive.has(row.label) })),
    options,
  );
}

/** The smallest threshold whose out-of-fold false-positive rate stays within `rate` (never under 0.5). */
export function thresholdFor(negativeProbabilities: number[], rate: number): number {
  const sorted = [...negativeProbabilities].sort((a, b) => b - a);
  const allowed = Math.floor(rate * sorted.length);
  const cut = sorted[allowed] ?? 0;
  return Math.max(0.5, Math.min(0.97, Math.round((cut + 0.005) * 100) / 100));
}

/** The largest probability under which at most `rate` of the out-of-fold positives fall (between 0.01 and 0.3). */
export function vetoFor(positiveProbabilities: number[], rate: number): number {
  const sorted = [...positiveProbabilities].sort((a, b) => a - b);
  const cut = sorted[Math.floor(rate * sorted.length)] ?? 0;
  return Math.max(0.01, Math.min(0.3, Math.floor(cut * 100) / 100));
}

/** The target false-positive rates of each head's decision and hint, and the share of positives its veto may doubt, on out-of-fold probabilities. */
export const TARGETS = new Map<HeadName, { decide: number; hint: number; veto: number }>([
  ["human", { decide: 0.005, hint: 0.005, veto: 0 }],
  ["upset", { decide: 0.03, hint: 0.08, veto: 0.04 }],
  ["urgent", { decide: 0.03, hint: 0.03, veto: 0 }],
]);

/** Thresholds for every head, chosen on out-of-fold probabilities. */
export function chooseThresholds(rows: LabelledRow[], options: TrainingOptions = {}): Map<HeadName, HeadThresholds> {
  const probabilities = new Map<HeadName, number[]>([...HEADS.keys()].map((name) => [name, []]));
  const positives = new Map<HeadName, number[]>([...HEADS.keys()].map((name) => [name, []]));
  for (let fold = 0; fold < FOLDS; fold++) {
    const train = rows.filter((_, i) => foldOf(i) !== fold);
    const test = rows.filter((_, i) => foldOf(i) === fold);
    for (const [name, head] of HEADS) {
      const model = escalationModelFrom(new Map([[name, { ...trainHead(name, train, options), decide: 1, hint: 1, veto: 0 }]]));
      for (const row of test) {
        if (head.negative.has(row.label)) probabilities.get(name)!.push(model.probability(name, row.text));
        if (head.positive.has(row.label)) positives.get(name)!.push(model.probability(name, row.text));
      }
    }
  }
  return new Map(
    [...HEADS.keys()].map((name) => {
      const target = TARGETS.get(name)!;
      return [
        name,
        {
          decide: thresholdFor(probabilities.get(name)!, target.decide),
          hint: thresholdFor(probabilities.get(name)!, target.hint),
          veto: vetoFor(positives.get(name)!, target.veto),
        },
      ];
    }),
  );
}

/** A model trained on the rows, thresholds chosen by an inner cross-validation (or given). */
export function trainModel(
  rows: LabelledRow[],
  thresholds: Map<HeadName, HeadThresholds> = chooseThresholds(rows),
  options: TrainingOptions = {},
): EscalationModel {
  return escalationModelFrom(new Map([...HEADS.keys()].map((name) => [name, { ...trainHead(name, rows, options), ...thresholds.get(name)! }])));
}
