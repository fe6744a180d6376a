// Blind score of a new training batch before it is added (#14 round 4): the detectors of a git ref (SCORE_REF,
// default main) and of this working tree on one file, per language, aggregates only. Run it once per batch, before
// reading any miss, so the figure is a fair estimate of quality on unseen wording.
//   node --import tsx bench/score-batch.ts tests/fixtures/escalation-train-round4-de.tsv
import { detectLanguage } from "../server/nlu/detect-language";
import { detectorsAt, type DetectorPair } from "./eval-before";
import { detectorsWith } from "./eval-detectors";
import { readRows, type LabelledRow } from "./escalation-sets";
import { printTable, type Outcome } from "./eval-table";

const file = process.argv[2];
if (!file) throw new Error("usage: bench/score-batch.ts <file.tsv>");
if (/hold|held/i.test(file)) throw new Error("held-out files are never scored line by line");
const rows = readRows(file);

function outcomes(human: (text: string) => boolean, upset: (text: string) => boolean): Map<LabelledRow, Outcome> {
  return new Map(rows.map((row) => [row, { human: human(row.text), frustrated: upset(row.text), reachedPerson: null, triggered: null, detail: "" }]));
}

const ref = process.env.SCORE_REF ?? "main";
const before: DetectorPair = (await detectorsAt(ref)).pair;
printTable(
  `${file}, detectors of ${ref} (blind)`,
  rows,
  outcomes(
    (text) => before.detectHumanRequest(text) !== null,
    (text) => before.detectFrustration(text, detectLanguage(text)).score >= 0.5,
  ),
  false,
);
const now = detectorsWith();
printTable(
  `${file}, this working tree`,
  rows,
  outcomes((text) => now.human(text) !== null, now.upset),
  process.env.SCORE_VERBOSE === "1",
);
