import { describe, expect, it } from "vitest";
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

  it("never trains on the messages a split tests on, and always trains on the first files", () => {
    const splits = writerSplits();
    expect(splits.map((split) => split.writer)).toEqual(["round3", "round4", "round5-a", "round5-b"]);
    for (const split of splits) {
      const tested = new Set(split.test.map((row) => foldText(row.text)));
      expect(split.test.length).toBeGreaterThan(0);
      expect(split.train.filter((row) => tested.has(foldText(row.text)))).toEqual([]);
      expect(split.train.some((row) => row.text === "agent" || row.language === "en")).toBe(true);
    }
  });
});
