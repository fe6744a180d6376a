import { describe, expect, it } from "vitest";
import { csvCell } from "./export-conversations-csv";

describe("csvCell", () => {
  it.each([
    [null, ""],
    [4, "4"],
    [-12, "-12"],
    [true, "true"],
    ["plain", "plain"],
    ['say "hi", then', '"say ""hi"", then"'],
    ["two\nlines", '"two\nlines"'],
    ["=HYPERLINK(1)", "'=HYPERLINK(1)"],
    ["+1 555", "'+1 555"],
    ["@sum", "'@sum"],
  ])("%j → %s", (value, expected) => {
    expect(csvCell(value)).toBe(expected);
  });
});
