// The operating point of the combined detectors (rules + learned heads), chosen on training cross-validation:
// the largest recall whose out-of-fold false rate stays within the budget (below the goals, with a margin).
// Round 5: and on the writer splits (bench/writer-splits.ts) too — each later writer scored by heads trained without
// their files — so a threshold must keep within budget on another writer's style as well as on 25-line CV blocks;
// the recall maximised is the sum of both.
import type { HeadName } from "../server/nlu/learned/escalation-heads";
import type { EscalationModel, HeadThresholds } from "../server/nlu/learned/escalation-model";
import { FOLDS, foldOf, trainModel } from "./cross-validate";
import { detectorsWith } from "./eval-detectors";
import type { LabelledRow } from "./escalation-sets";
import type { WriterSplit } from "./writer-splits";

/** Out-of-fold false-escalation budget (goal ≤ 2 %) and false-alarm budget (goal ≤ 5 %). */
const BUDGET = { human: 0.015, upset: 0.045 };
/** Round 5: no single language's out-of-fold false rate may pass the goal itself (CV had English false alarms at 5.5 %). */
const LANGUAGE_LIMIT = { human: 0.02, upset: 0.05 };
const HUMAN_DECIDE = [0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.95];
const UPSET_DECIDE = [0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95];
// Never 0 (round 5): without a veto every lone strong rule cue decides, and ordinary questions that merely use a cue
// word ("how do i report a stolen card", "what's the deadline for returns?") are called upset again.
const UPSET_VETO = [0.02, 0.05, 0.1, 0.2];

const isRequest = (row: LabelledRow) => row.label === "human" || row.label === "callback";
const isUpset = (row: LabelledRow) => row.label === "frustrated" || row.label === "urgent";
const isOrdinary = (row: LabelledRow) => row.label === "neutral" || row.label === "lookalike";

/** A model whose thresholds are overridden for one head. */
function withThresholds(model: EscalationModel, head: HeadName, thresholds: Partial<HeadThresholds>): EscalationModel {
  return { probability: model.probability, thresholds: (name) => (name === head ? { ...model.thresholds(name), ...thresholds } : model.thresholds(name)) };
}

/** Thresholds of the human and upset heads, starting from `start` (the per-head choice), picked for the combined detectors. */
export function chooseOperatingPoint(rows: LabelledRow[], start: Map<HeadName, HeadThresholds>, writers: WriterSplit[] = []): Map<HeadName, HeadThresholds> {
  const scored = rows.filter((row) => row.label !== "none");
  const blocks = Array.from({ length: FOLDS }, (_, fold) => ({
    model: trainModel(
      scored.filter((_, i) => foldOf(i) !== fold),
      start,
    ),
    rows: scored.filter((_, i) => foldOf(i) === fold),
  }));
  const styles = writers.map((split) => ({ model: trainModel(split.train, start), rows: split.test.filter((row) => row.label !== "none") }));
  const groups = styles.length ? [blocks, styles] : [blocks];
  const rateOn = (folds: typeof blocks, head: HeadName, thresholds: Partial<HeadThresholds>) => {
    let found = 0;
    let positives = 0;
    let wrong = 0;
    let negatives = 0;
    const byLanguage = new Map<string, { wrong: number; negatives: number }>();
    for (const fold of folds) {
      const detectors = detectorsWith(withThresholds(fold.model, head, thresholds));
      for (const row of fold.rows) {
        const positive = head === "human" ? isRequest(row) : isUpset(row);
        if (!positive && !isOrdinary(row)) continue;
        const said = head === "human" ? detectors.human(row.text) !== null : detectors.upset(row.text);
        if (positive) {
          positives += 1;
          if (said) found += 1;
        } else {
          negatives += 1;
          if (said) wrong += 1;
          const language = byLanguage.get(row.language) ?? { wrong: 0, negatives: 0 };
          language.negatives += 1;
          if (said) language.wrong += 1;
          byLanguage.set(row.language, language);
        }
      }
    }
    const languageRate = Math.max(0, ...[...byLanguage.values()].map((one) => one.wrong / Math.max(one.negatives, 1)));
    return { recall: found / Math.max(positives, 1), falseRate: wrong / Math.max(negatives, 1), languageRate };
  };
  const rate = (head: HeadName, thresholds: Partial<HeadThresholds>) => {
    const each = groups.map((folds) => rateOn(folds, head, thresholds));
    return {
      recall: each.reduce((sum, one) => sum + one.recall, 0),
      falseRate: Math.max(...each.map((one) => one.falseRate)),
      languageRate: Math.max(...each.map((one) => one.languageRate)),
    };
  };
  const best = (head: "human" | "upset", candidates: Partial<HeadThresholds>[]) => {
    let choice = start.get(head)!;
    let top = -1;
    for (const candidate of candidates) {
      const { recall, falseRate, languageRate } = rate(head, candidate);
      if (falseRate <= BUDGET[head] && languageRate <= LANGUAGE_LIMIT[head] && recall > top) {
        top = recall;
        choice = { ...start.get(head)!, ...candidate };
      }
    }
    return choice;
  };
  const chosen = new Map(start);
  chosen.set(
    "human",
    best(
      "human",
      HUMAN_DECIDE.map((decide) => ({ decide, hint: decide })),
    ),
  );
  chosen.set(
    "upset",
    best(
      "upset",
      UPSET_DECIDE.flatMap((decide) => UPSET_VETO.map((veto) => ({ decide, veto, hint: Math.min(start.get("upset")!.hint, decide) }))),
    ),
  );
  return chosen;
}
