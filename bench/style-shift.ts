// Does the learned model carry over to another writer's style? Trains on every training row except the round-4 files
// (written later, deliberately in other registers), thresholds by cross-validation on those rows, and scores the
// round-4 rows with the combined detectors — for a few training settings (L2 penalty, epochs). Training data only.
//   node --import tsx bench/style-shift.ts
import { chooseThresholds, trainModel } from "./cross-validate";
import { detectorsWith } from "./eval-detectors";
import { readRows, trainingFiles, trainingRows } from "./escalation-sets";
import { isOrdinary, isRequest, isUpset } from "./eval-table";

const shifted = trainingFiles().filter((file) => file.includes("round4"));
const test = shifted.flatMap(readRows);
const texts = new Set(test.map((row) => `${row.label}\t${row.text}`));
const train = trainingRows().filter((row) => !texts.has(`${row.label}\t${row.text}`));
const settings = (process.env.SETTINGS ?? "1e-5:20,1e-4:20,3e-4:20,1e-3:20,1e-4:8").split(",").map((s) => {
  const [l2, epochs] = s.split(":").map(Number);
  return { l2, epochs };
});
const pct = (n: number, of: number) => `${((100 * n) / Math.max(of, 1)).toFixed(1)} %`;
console.log(`train ${train.length}, style-shifted test ${test.length} (${shifted.join(", ")})`);
for (const options of settings) {
  const started = performance.now();
  const thresholds = chooseThresholds(train, options);
  const model = trainModel(train, thresholds, options);
  const detectors = detectorsWith(model);
  const requests = test.filter(isRequest);
  const upset = test.filter(isUpset);
  const ordinary = test.filter(isOrdinary);
  const h = requests.filter((row) => detectors.human(row.text) !== null).length;
  const hf = ordinary.filter((row) => detectors.human(row.text) !== null).length;
  const u = upset.filter((row) => detectors.upset(row.text)).length;
  const uf = ordinary.filter((row) => detectors.upset(row.text)).length;
  const t = [...thresholds].map(([n, v]) => `${n} ${v.decide}/${v.hint}/${v.veto}`).join(" ");
  console.log(
    `l2 ${options.l2} epochs ${options.epochs}: requests ${pct(h, requests.length)}, false esc ${pct(hf, ordinary.length)}, upset ${pct(u, upset.length)}, false alarms ${pct(uf, ordinary.length)}  [${t}] ${((performance.now() - started) / 1000).toFixed(0)} s`,
  );
}
