// The training data by writer (#14 round 5): the files one writer produced in a round are held out together, so a split
// tests on wording the model never saw from that writer — the style shift the held-out sets show, which 25-line CV blocks
// (bench/cross-validate.ts) hide. The first files (labelled set, per-language and cue-word files) are always trained on.
import { foldText } from "../server/nlu/fold-text";
import { readHumanRequestRows, readRows, trainingFiles, type LabelledRow } from "./escalation-sets";

export interface WriterSplit {
  writer: string;
  train: LabelledRow[];
  test: LabelledRow[];
}

/** "round3", "round4", "round5-a", "round5-b" … from a training file's name; "first" for the files before round 3. */
export function writerOf(file: string): string {
  // A single letter after the round names one of its writers ("round5-a.tsv"); anything longer is a language or a theme.
  const round = /round(\d+)(-[a-z](?=\.tsv$))?/.exec(file);
  return round ? `round${round[1]}${round[2] ?? ""}` : "first";
}

/**
 * One split per writer other than "first": tested on their files, trained on every other file (and human-requests.tsv)
 * less any message their files also hold (short ones such as "agent" or "ugh" recur across writers: trained on, they
 * would be scored in-sample).
 */
export function writerSplits(files: string[] = trainingFiles()): WriterSplit[] {
  const writers = [...new Set(files.map(writerOf))].filter((writer) => writer !== "first");
  return writers.map((writer) => {
    const test = files.filter((file) => writerOf(file) === writer).flatMap(readRows);
    const tested = new Set(test.map((row) => foldText(row.text)));
    const rest = [...files.filter((file) => writerOf(file) !== writer).flatMap(readRows), ...readHumanRequestRows()];
    return { writer, train: rest.filter((row) => !tested.has(foldText(row.text))), test };
  });
}
