// Does the learned model carry over to another writer's style? For each later writer of the training data
// (bench/writer-splits.ts: round 3, round 4, round 5 a and b), the heads trained on every other file score that
// writer's messages with the model alone; pooled over the writers, each head's recall where its false-positive rate
// on the held-out writers' ordinary messages is 2 % (requests) or 5 % (upset), for a few training settings (L2
// penalty, epochs). Threshold-free, so the settings compare fairly. Training data only.
//   node --import tsx bench/style-shift.ts            SETTINGS=1e-5:20,1e-3:20 to choose
import type { LabelledRow } from "./escalation-sets";
import { trainModel } from "./cross-validate";
import { isOrdinary, isRequest, isUpset } from "./eval-table";
import { writerSplits } from "./writer-splits";

const splits = writerSplits();
const settings = (process.env.SETTINGS ?? "1e-4:20,1e-3:20,3e-3:20").split(",").map((setting) => {
  const [l2, epochs] = setting.split(":").map(Number);
  return { l2, epochs };
});
const fixed = new Map((["human", "upset", "urgent"] as const).map((head) => [head, { decide: 1, hint: 1, veto: 0 }]));

/** Recall of the positives at the threshold where `rate` of the negatives score above it. */
function recallAt(positives: number[], negatives: number[], rate: number): number {
  const sorted = [...negatives].sort((a, b) => b - a);
  const cut = sorted[Math.floor(rate * sorted.length)] ?? 1;
  return positives.filter((p) => p > cut).length / Math.max(positives.length, 1);
}

console.log(`writers left out in turn: ${splits.map((split) => `${split.writer} (${split.test.length})`).join(", ")}`);
for (const options of settings) {
  const scored: { row: LabelledRow; human: number; upset: number }[] = [];
  for (const split of splits) {
    const model = trainModel(split.train, fixed, options);
    for (const row of split.test) scored.push({ row, human: model.probability("human", row.text), upset: model.probability("upset", row.text) });
  }
  const ordinary = scored.filter((one) => isOrdinary(one.row));
  const human = recallAt(
    scored.filter((one) => isRequest(one.row)).map((one) => one.human),
    ordinary.map((one) => one.human),
    0.02,
  );
  const upset = recallAt(
    scored.filter((one) => isUpset(one.row)).map((one) => one.upset),
    ordinary.map((one) => one.upset),
    0.05,
  );
  console.log(
    `l2 ${options.l2} epochs ${options.epochs}: requests ${(100 * human).toFixed(1)} % at 2 % false, upset ${(100 * upset).toFixed(1)} % at 5 % false`,
  );
}
