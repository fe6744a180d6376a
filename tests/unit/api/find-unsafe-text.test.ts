import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { findUnsafeText, isUnsafeText, MAX_JSON_DEPTH, unsafeTextMessage } from "@/server/flow/find-unsafe-text";
import { fuzzOptions } from "../../helpers/fuzz-options";

const wellFormed = fc.string({ unit: "grapheme", maxLength: 30 }).filter((text) => !text.includes("\u0000"));

describe("findUnsafeText", () => {
  it("accepts any well-formed text without NUL, emoji and all", () => {
    fc.assert(
      fc.property(wellFormed, (text) => findUnsafeText({ text, [text]: [text] }) === null),
      fuzzOptions(),
    );
  });

  it("finds a NUL or a lone surrogate anywhere (values, keys, arrays) and says where", () => {
    const bad = fc.constantFrom("\u0000", "\ud800", "\udbff", "\udc00", "\udfff");
    fc.assert(
      fc.property(wellFormed, bad, wellFormed, fc.nat(3), (before, char, after, where) => {
        const text = before + char + after;
        const documents: [unknown, (string | number)[]][] = [
          [{ a: text }, ["a"]],
          [{ a: [1, { b: text }] }, ["a", 1, "b"]],
          [{ [text]: 1 }, [text]],
          [[text], [0]],
        ];
        const [document, path] = documents[where]!;
        const found = findUnsafeText(document);
        return found !== null && JSON.stringify(found.path) === JSON.stringify(path) && found.problem === (char === "\u0000" ? "nul" : "surrogate");
      }),
      fuzzOptions(),
    );
  });

  it("pairs are text, halves are not", () => {
    expect(isUnsafeText("🙂")).toBe(false);
    expect(isUnsafeText("🙂".slice(0, 1))).toBe(true);
    expect(isUnsafeText("🙂".slice(1))).toBe(true);
    expect(isUnsafeText("\ud83d\ud83d\ude42")).toBe(true);
  });

  it("refuses nesting past the limit without recursing (200,000 levels do not overflow the stack)", () => {
    const deep = JSON.parse("[".repeat(200_000) + "]".repeat(200_000));
    expect(findUnsafeText(deep)).toMatchObject({ problem: "depth" });
    let shallow: unknown = "ok";
    for (let i = 0; i < MAX_JSON_DEPTH - 1; i++) shallow = [shallow];
    expect(findUnsafeText(shallow)).toBeNull();
  });

  it("names the field in its message", () => {
    expect(unsafeTextMessage({ path: ["document", "nodes", 2, "data", "text"], problem: "nul" })).toMatch(/^document\.nodes\.2\.data\.text: contains a NUL/);
    expect(unsafeTextMessage({ path: [], problem: "surrogate" }, "query")).toMatch(/^query: /);
  });
});
