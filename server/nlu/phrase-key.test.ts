import { describe, expect, it } from "vitest";
import { phraseKey, withPhraseKey } from "./phrase-key";

describe("phraseKey", () => {
  it.each([
    ["Refund PLS!!", "refund"],
    ["hi, refund please", "refund"],
    ["I can't log in", "i cannot log in"],
    ["i cant log in", "i cannot log in"],
    ["Où est ma commande ?", "ou est ma commande"],
    ["hello", "hello"],
    ["", ""],
  ])("%j → %j", (text, key) => {
    expect(phraseKey(text)).toBe(key);
  });

  it("adds the key to unrecognised events only", () => {
    expect(withPhraseKey({ type: "unrecognised", data: { text: "Refund pls" } })).toEqual({ text: "Refund pls", key: "refund" });
    expect(withPhraseKey({ type: "node_visit", data: { from: null } })).toEqual({ from: null });
    expect(withPhraseKey({ type: "trigger" })).toBeNull();
  });
});
