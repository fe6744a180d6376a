// npm run eval:nlu — recall and false escalations of the human-request detector
// on tests/fixtures/human-requests.tsv. Goals: recall ≥ 98 %, false escalations ≤ 2 %.
import fs from "node:fs";
import { detectHumanRequest } from "../server/nlu/detect-human-request";

for (const file of ["tests/fixtures/human-requests.tsv", "tests/fixtures/human-requests-holdout.tsv"]) report(file);

function report(file: string) {
  const rows = fs
    .readFileSync(file, "utf8")
    .split("\n")
    .filter((line) => line && !line.startsWith("#"))
    .map((line) => {
      const [label, text] = line.split("\t") as [string, string];
      return { label, text, got: detectHumanRequest(text) };
    });

  const positives = rows.filter((row) => row.label !== "none");
  const negatives = rows.filter((row) => row.label === "none");
  const missed = positives.filter((row) => row.got === null);
  const falseAlarms = negatives.filter((row) => row.got !== null);
  const wrongKind = positives.filter((row) => row.got !== null && row.got !== row.label);
  const pct = (n: number, of: number) => `${((100 * n) / of).toFixed(1)} %`;

  console.log(`\n${file}: human-request detector on ${rows.length} labelled messages (${positives.length} requests, ${negatives.length} ordinary)`);
  console.log(`recall:             ${pct(positives.length - missed.length, positives.length)} (${missed.length} missed)   goal ≥ 98 %`);
  console.log(`false escalations:  ${pct(falseAlarms.length, negatives.length)} (${falseAlarms.length} of ${negatives.length})   goal ≤ 2 %`);
  console.log(`human vs callback:  ${pct(positives.length - missed.length - wrongKind.length, positives.length - missed.length)} right kind`);
  for (const row of missed) console.log(`  missed       [${row.label}] ${row.text}`);
  for (const row of falseAlarms) console.log(`  false alarm  [${row.got}] ${row.text}`);
  for (const row of wrongKind) console.log(`  wrong kind   [${row.label} → ${row.got}] ${row.text}`);
}
