// npm run bench:nlu-cost — what the escalation detectors cost per customer message (synchronous, in-process),
// over every message of the labelled set, median of 7 runs; next to the sentiment scorer (wink-nlp) that every
// turn already ran before, as the baseline measured in the same run. COST_BEFORE=main adds the three detectors of that
// git ref (bench/eval-before.ts), so before/after is one run on the same machine load.
import fs from "node:fs";
import { detectFrustration } from "../server/nlu/detect-frustration";
import { detectHumanRequest } from "../server/nlu/detect-human-request";
import { detectLanguage } from "../server/nlu/detect-language";
import { RULES_ONLY, shippedEscalationModel } from "../server/nlu/learned/escalation-model";
import { scoreSentiment } from "../server/nlu/score-sentiment";
import { detectorsAt } from "./eval-before";

const RUNS = 7;
const model = shippedEscalationModel();
const texts = fs
  .readFileSync("tests/fixtures/escalation-labelled.tsv", "utf8")
  .split("\n")
  .filter((line) => line.trim() && !line.startsWith("#"))
  .map((line) => line.split("\t")[2]!);

const detectors: [string, (text: string) => unknown][] = [
  ["scoreSentiment (wink-nlp, baseline)", scoreSentiment],
  ["detectHumanRequest", detectHumanRequest],
  ["detectLanguage (franc-min)", detectLanguage],
  ["detectFrustration (cues + VADER + model)", (text) => detectFrustration(text, "en")],
  ["learned heads alone (3 heads)", (text) => ["human", "upset", "urgent"].map((head) => model.probability(head as "human", text))],
  [
    "all three, as a turn runs them",
    (text) => {
      detectHumanRequest(text);
      return detectFrustration(text, detectLanguage(text));
    },
  ],
  [
    "all three, rules only (before the model)",
    (text) => {
      detectHumanRequest(text, RULES_ONLY);
      return detectFrustration(text, detectLanguage(text), RULES_ONLY);
    },
  ],
];

const before = process.env.COST_BEFORE;
if (before) {
  const { pair } = await detectorsAt(before);
  detectors.push([
    `all three at ${before}`,
    (text) => {
      pair.detectHumanRequest(text);
      return pair.detectFrustration(text, detectLanguage(text));
    },
  ]);
}

for (const [, detect] of detectors) for (const text of texts) detect(text); // warm up (JIT, lazy lexicons)
const medians = detectors.map(([name, detect]) => {
  const perMessage: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const started = performance.now();
    for (const text of texts) detect(text);
    perMessage.push(((performance.now() - started) * 1000) / texts.length);
  }
  perMessage.sort((a, b) => a - b);
  return [name, perMessage[Math.floor(RUNS / 2)]!] as const;
});
const baseline = medians[0]![1];
console.log(`${texts.length} messages, median of ${RUNS} runs`);
for (const [name, micros] of medians)
  console.log(`${name.padEnd(42)} ${micros.toFixed(1).padStart(7)} µs/message   ×${(micros / baseline).toFixed(2)} the baseline`);
