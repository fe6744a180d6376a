import { describe, expect, it } from "vitest";
import { readRows, trainingFiles } from "../../../bench/escalation-sets";
import { writerOf, writerSplits } from "../../../bench/writer-splits";
import { foldText } from "../../../server/nlu/fold-text";

describe("the training data by writer (bench/writer-splits.ts)", () => {
  it("names a round's writer by the single letter after the round, and a longer tail as a language or theme of that round", () => {
    expect(writerOf("tests/fixtures/escalation-train-round5-a.tsv")).toBe("round5-a");
    expect(writerOf("tests/fixtures/escalation-train-round5-b.tsv")).toBe("round5-b");
    expect(writerOf("tests/fixtures/escalation-train-round4-de.tsv")).toBe("round4");
    expect(writerOf("tests/fixtures/escalation-train-round3-last.tsv")).toBe("round3");
    expect(writerOf("tests/fixtures/escalation-train-en.tsv")).toBe("first");
  });

  it("tests on one writer's files only, never trains on their messages, and trains on every other first-file message (the writer list grows with each round)", () => {
    const files = trainingFiles();
    const splits = writerSplits(files);
    expect(splits.map((split) => split.writer)).toEqual(["round3", "round4", "round5-a", "round5-b"]);
    const firstRows = files.filter((file) => writerOf(file) === "first").flatMap(readRows);
    for (const split of splits) {
      const tested = new Set(split.test.map((row) => foldText(row.text)));
      expect(split.test).toEqual(files.filter((file) => writerOf(file) === split.writer).flatMap(readRows));
      expect(split.train.filter((row) => tested.has(foldText(row.text)))).toEqual([]);
      const trained = new Set(split.train.map((row) => `${row.label}\t${row.text}`));
      const missing = firstRows.filter((row) => !tested.has(foldText(row.text)) && !trained.has(`${row.label}\t${row.text}`));
      expect(missing).toEqual([]);
    }
  });
});
