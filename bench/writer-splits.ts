// The training data by writer (#14 round 5): the files one writer produced in a round are held out together, so a split
// tests on wording the model never saw from that writer — the style shift the held-out sets show, which 25-line CV blocks
// (bench/cross-validate.ts) hide. The first files (labelled set, per-language and cue-word files) are always trained on.
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

/** One split per writer other than "first": trained on every other file (and human-requests.tsv), tested on theirs. */
export function writerSplits(files: string[] = trainingFiles()): WriterSplit[] {
  const writers = [...new Set(files.map(writerOf))].filter((writer) => writer !== "first");
  return writers.map((writer) => ({
    writer,
    train: [...files.filter((file) => writerOf(file) !== writer).flatMap(readRows), ...readHumanRequestRows()],
    test: files.filter((file) => writerOf(file) === writer).flatMap(readRows),
  }));
}
