// npm run eval:writers — leave one writer out (#14 round 5): for each later writer of the training data (round 3, round 4,
// round 5 a and b), the learned heads trained on every other file score that writer's messages, rules + model and model
// alone, per language; then all writers pooled. Thresholds: the shipped ones (THRESHOLDS=chosen picks them on the
// training split's own writer splits, slower). Training data only — the honest in-house estimate of a new writer's style.
import { shippedEscalationModel, type EscalationModel } from "../server/nlu/learned/escalation-model";
import type { HeadName } from "../server/nlu/learned/escalation-heads";
import { chooseOperatingPoint } from "./choose-operating-point";
import { chooseThresholds, trainModel } from "./cross-validate";
import { detectorsWith } from "./eval-detectors";
import type { LabelledRow } from "./escalation-sets";
import { printTable, type Outcome } from "./eval-table";
import { writerSplits } from "./writer-splits";

const shipped = shippedEscalationModel();
const shippedThresholds = new Map((["human", "upset", "urgent"] as const).map((head) => [head, shipped.thresholds(head)]));

function outcomes(model: EscalationModel, rows: LabelledRow[], alone: boolean): Map<LabelledRow, Outcome> {
  const detectors = detectorsWith(model);
  return new Map(
    rows.map((row) => [
      row,
      {
        human: alone ? model.probability("human", row.text) >= model.thresholds("human").decide : detectors.human(row.text) !== null,
        frustrated: alone ? model.probability("upset", row.text) >= model.thresholds("upset").decide : detectors.upset(row.text),
        reachedPerson: null,
        triggered: null,
        detail: "",
      },
    ]),
  );
}

const pooled: { rows: LabelledRow[]; combined: Map<LabelledRow, Outcome>; alone: Map<LabelledRow, Outcome> } = {
  rows: [],
  combined: new Map(),
  alone: new Map(),
};
const only = process.env.WRITERS?.split(",");
for (const split of writerSplits().filter((split) => !only || only.includes(split.writer))) {
  const thresholds: Map<HeadName, ReturnType<EscalationModel["thresholds"]>> = process.env.THRESHOLDS === "chosen"
    ? chooseOperatingPoint(split.train, chooseThresholds(split.train))
    : shippedThresholds;
  const model = trainModel(split.train, thresholds);
  const rows = split.test.filter((row) => row.label !== "none");
  const combined = outcomes(model, rows, false);
  printTable(`writer ${split.writer} left out (trained on ${split.train.length}), rules + model`, rows, combined, process.env.VERBOSE === "1");
  const alone = outcomes(model, rows, true);
  pooled.rows.push(...rows);
  for (const [row, outcome] of combined) pooled.combined.set(row, outcome);
  for (const [row, outcome] of alone) pooled.alone.set(row, outcome);
}
printTable("every writer left out in turn, pooled: model alone", pooled.rows, pooled.alone, false);
printTable("every writer left out in turn, pooled: rules + model", pooled.rows, pooled.combined, false);
