import { describe, expect, it } from "vitest";
import { otherWordings } from "@/components/analytics/unrecognised/other-wordings";

describe("the other wordings of a not-understood group", () => {
  it("a message repeated word for word has no other wording", () => {
    expect(otherWordings(["the thing from last week", "the thing from last week", "The thing from last week "], "the thing from last week")).toEqual([]);
  });

  it("lists each different wording once, in the order seen, without the headline", () => {
    expect(otherWordings(["gift wrap?", "gift wrap available?", "Gift wrap available?", "do you gift wrap"], "gift wrap?")).toEqual([
      "gift wrap available?",
      "do you gift wrap",
    ]);
  });
});
