// The escalation data files: the training ones (tuned on) and the held-out ones (never read line by line).
import { createHash } from "node:crypto";
import fs from "node:fs";
import type { EscalationLabel } from "../server/nlu/learned/escalation-heads";

export interface LabelledRow {
  label: EscalationLabel;
  language: string;
  text: string;
}

/** Training data: the labelled set, every tests/fixtures/*train*.tsv file, and the English human-request file. */
export function trainingFiles(): string[] {
  const extra = fs
    .readdirSync("tests/fixtures")
    .filter((name) => name.includes("train") && name.endsWith(".tsv"))
    .sort()
    .map((name) => `tests/fixtures/${name}`);
  return ["tests/fixtures/escalation-labelled.tsv", ...extra];
}

/** Held-out files: only their aggregate figures are ever printed. */
export const HELD_OUT_FILES = [
  "tests/fixtures/escalation-holdout.tsv",
  "tests/fixtures/escalation-holdout-2.tsv",
  "tests/fixtures/escalation-holdout-3.tsv",
  "tests/fixtures/escalation-holdout-4.tsv",
  "tests/fixtures/escalation-holdout-5.tsv",
] as const;

/** Rows of a label<TAB>language<TAB>text file (comments and blank lines skipped). */
export function readRows(file: string): LabelledRow[] {
  return fs
    .readFileSync(file, "utf8")
    .split("\n")
    .filter((line) => line.trim() && !line.startsWith("#"))
    .map((line) => {
      const [label, language, text] = line.split("\t") as [EscalationLabel, string, string];
      return { label, language, text: text ?? "" };
    });
}

/** tests/fixtures/human-requests.tsv (English, label<TAB>text; "none" is any other message). */
export function readHumanRequestRows(): LabelledRow[] {
  return fs
    .readFileSync("tests/fixtures/human-requests.tsv", "utf8")
    .split("\n")
    .filter((line) => line.trim() && !line.startsWith("#"))
    .map((line) => {
      const [label, text] = line.split("\t") as [string, string];
      return { label: label === "none" ? "none" : (label as EscalationLabel), language: "en", text };
    });
}

/** Every training row. */
export function trainingRows(): LabelledRow[] {
  return [...trainingFiles().flatMap(readRows), ...readHumanRequestRows()];
}

/** A digest of the training rows, so a test can tell the committed weights are stale. */
export function trainingDigest(): string {
  return createHash("sha256").update(JSON.stringify(trainingRows())).digest("hex").slice(0, 16);
}
