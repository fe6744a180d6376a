// npm run bench:nlu-cost — what the escalation detectors cost per customer message (synchronous, in-process),
// over every message of the labelled set, median of 7 runs; next to the sentiment scorer (wink-nlp) that every
// turn already ran before, as the baseline measured in the same run.
import fs from "node:fs";
import { detectFrustration } from "../server/nlu/detect-frustration";
import { detectHumanRequest } from "../server/nlu/detect-human-request";
import { detectLanguage } from "../server/nlu/detect-language";
import { scoreSentiment } from "../server/nlu/score-sentiment";

const RUNS = 7;
const texts = fs
  .readFileSync("tests/fixtures/escalation-labelled.tsv", "utf8")
  .split("\n")
  .filter((line) => line.trim() && !line.startsWith("#"))
  .map((line) => line.split("\t")[2]!);

const detectors: [string, (text: string) => unknown][] = [
  ["scoreSentiment (wink-nlp, baseline)", scoreSentiment],
  ["detectHumanRequest", detectHumanRequest],
  ["detectLanguage (franc-min)", detectLanguage],
  ["detectFrustration (cues + VADER)", (text) => detectFrustration(text, "en")],
  [
    "all three, as a turn runs them",
    (text) => {
      detectHumanRequest(text);
      return detectFrustration(text, detectLanguage(text));
    },
  ],
];

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
