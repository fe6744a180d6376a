// Does the learned model carry over to another writer's style? Trains the heads on every training row except the
// round-4 files (written later, deliberately in other registers) and scores the round-4 rows with the model alone:
// each head's recall where its false-positive rate on the round-4 ordinary messages is 2 % (requests) or 5 % (upset),
// for a few training settings (L2 penalty, epochs). Threshold-free, so the settings compare fairly. Training data only.
//   node --import tsx bench/style-shift.ts            SETTINGS=1e-5:20,1e-3:20 to choose
import { trainModel } from "./cross-validate";
import { readRows, trainingFiles, trainingRows } from "./escalation-sets";
import { isOrdinary, isRequest, isUpset } from "./eval-table";

const shifted = trainingFiles().filter((file) => file.includes("round4"));
const test = shifted.flatMap(readRows);
const texts = new Set(test.map((row) => `${row.label}\t${row.text}`));
const train = trainingRows().filter((row) => !texts.has(`${row.label}\t${row.text}`));
const settings = (process.env.SETTINGS ?? "1e-5:20,1e-4:20,1e-3:20,3e-3:20").split(",").map((setting) => {
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

console.log(`train ${train.length}, style-shifted test ${test.length} (${shifted.join(", ")})`);
for (const options of settings) {
  const model = trainModel(train, fixed, options);
  const ordinary = test.filter(isOrdinary);
  const human = recallAt(
    test.filter(isRequest).map((row) => model.probability("human", row.text)),
    ordinary.map((row) => model.probability("human", row.text)),
    0.02,
  );
  const upset = recallAt(
    test.filter(isUpset).map((row) => model.probability("upset", row.text)),
    ordinary.map((row) => model.probability("upset", row.text)),
    0.05,
  );
  console.log(
    `l2 ${options.l2} epochs ${options.epochs}: requests ${(100 * human).toFixed(1)} % at 2 % false, upset ${(100 * upset).toFixed(1)} % at 5 % false`,
  );
}
