import { describe, expect, it } from "vitest";
import { insertAtCaret, unknownVariables } from "@/components/builder/node-settings/controls/insert-at-caret";
import { parseNumberInput } from "@/components/builder/node-settings/controls/parse-number-input";
import { toLines } from "@/components/builder/node-settings/controls/to-lines";
import { describeThreshold } from "@/components/builder/node-settings/describe-threshold";
import { fieldError, friendlyError } from "@/components/builder/node-settings/field-errors";

describe("insertAtCaret", () => {
  it("inserts at the caret and puts the caret after the insertion", () => {
    expect(insertAtCaret("Hi !", 3, 3, "{{name}}")).toEqual({ text: "Hi {{name}}!", caret: 11 });
  });
  it("replaces a selection", () => {
    expect(insertAtCaret("Hi NAME!", 3, 7, "{{name}}")).toEqual({ text: "Hi {{name}}!", caret: 11 });
  });
  it("clamps positions outside the text", () => {
    expect(insertAtCaret("Hi", 10, 12, "!")).toEqual({ text: "Hi!", caret: 3 });
  });
});

describe("unknownVariables", () => {
  it("lists each unknown {{name}} once", () => {
    expect(unknownVariables("{{ email }} {{emial}} {{emial}} {{ not valid }}", ["email"])).toEqual(["emial"]);
  });
  it("reads names out of fallbacks and leaves customer attributes alone (the host site sets them)", () => {
    expect(unknownVariables('{{email | fallback: "none"}} {{emial | "x"}} {{customer.plan | "free"}}', ["email"])).toEqual(["emial"]);
  });
});

describe("parseNumberInput", () => {
  const range = { min: 1, max: 5, integer: true };
  it.each([
    ["3", 3],
    ["", undefined],
    ["-", undefined],
    ["2.5", undefined],
    ["9", undefined],
    ["abc", undefined],
  ])("%j → %j", (text, value) => {
    expect(parseNumberInput(text, range)).toBe(value);
  });
  it("accepts decimals when allowed", () => {
    expect(parseNumberInput("0.5", { min: 0.1, max: 30 })).toBe(0.5);
  });
});

describe("toLines", () => {
  it("keeps trimmed, non-empty lines", () => {
    expect(toLines(" I was charged twice \n\n where is my invoice\n")).toEqual(["I was charged twice", "where is my invoice"]);
  });
});

describe("errors", () => {
  it("rewrites Zod's wording for admins and strips the validator's prefix", () => {
    expect(friendlyError('"Ask" (n1): Too small: expected string to have >=1 characters')).toBe("This can't be empty.");
    expect(friendlyError("Too big: expected number to be <=5")).toBe("Use 5 or less.");
    expect(friendlyError("Invalid input: expected int, received number")).toBe("Use a whole number.");
    expect(friendlyError("Write the question.")).toBe("Write the question.");
  });

  it("finds a field's own error, else one inside it unless exact", () => {
    const errors = { "headers.Accept": "Keep messages under 4,000 characters.", rules: "Add at least one rule." };
    expect(fieldError(errors, "headers")).toBe("Keep messages under 4,000 characters.");
    expect(fieldError(errors, "headers", true)).toBeUndefined();
    expect(fieldError(errors, "rules", true)).toBe("Add at least one rule.");
    expect(fieldError(errors, "rule")).toBeUndefined();
  });
});

describe("describeThreshold", () => {
  it.each([
    [0.7, "70% · balanced"],
    [0.9, "90% · strict"],
    [0.3, "30% · relaxed"],
  ])("%d → %j", (value, words) => {
    expect(describeThreshold(value)).toBe(words);
  });
});
