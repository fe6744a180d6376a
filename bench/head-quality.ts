// npm run bench:head-quality — how well each learned head separates its classes on training cross-validation,
// independent of thresholds: out-of-fold recall at 1 %, 3 % and 5 % false positives (and the ROC area).
// For comparing feature or training changes; the thresholds themselves come from npm run train:escalation.
import { HEADS } from "../server/nlu/learned/escalation-heads";
import { escalationModelFrom } from "../server/nlu/learned/escalation-model";
import { FOLDS, foldOf, trainHead } from "./cross-validate";
import { trainingRows } from "./escalation-sets";

const rows = trainingRows();
for (const [name, head] of HEADS) {
  const positives: number[] = [];
  const negatives: number[] = [];
  for (let fold = 0; fold < FOLDS; fold++) {
    const train = rows.filter((_, i) => foldOf(i) !== fold);
    const model = escalationModelFrom(new Map([[name, { ...trainHead(name, train), decide: 1, hint: 1, veto: 0 }]]));
    rows.forEach((row, i) => {
      if (foldOf(i) !== fold) return;
      if (head.positive.has(row.label)) positives.push(model.probability(name, row.text));
      else if (head.negative.has(row.label)) negatives.push(model.probability(name, row.text));
    });
  }
  negatives.sort((a, b) => b - a);
  const recallAt = (rate: number) => {
    const cut = negatives[Math.floor(rate * negatives.length)] ?? 0;
    return ((100 * positives.filter((p) => p > cut).length) / positives.length).toFixed(1);
  };
  let area = 0;
  for (const p of positives) area += negatives.filter((n) => n < p).length + 0.5 * negatives.filter((n) => n === p).length;
  area /= positives.length * negatives.length;
  console.log(
    `${name.padEnd(7)} recall at 1 % / 3 % / 5 % false: ${recallAt(0.01)} / ${recallAt(0.03)} / ${recallAt(0.05)} %   ROC area ${area.toFixed(4)}   (${positives.length} vs ${negatives.length})`,
  );
}
