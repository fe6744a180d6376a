import { describe, expect, it } from "vitest";
import { detectLanguage } from "./detect-language";

describe("detectLanguage", () => {
  it.each([
    ["en", "where is my order, it was due yesterday"],
    ["es", "¿dónde está mi pedido?"],
    ["es", "quiero hablar con una persona"],
    ["fr", "je n'arrive pas à me connecter"],
    ["de", "ich habe mein Passwort vergessen"],
    ["pt", "não consigo entrar na minha conta"],
  ])("%s: %s", (language, text) => {
    expect(detectLanguage(text)).toBe(language);
  });

  it("says nothing for messages too short to tell", () => {
    expect(detectLanguage("ok")).toBeNull();
    expect(detectLanguage("agent")).toBeNull();
    expect(detectLanguage("")).toBeNull();
  });

  it("does not let trigrams alone call short English Portuguese", () => {
    expect(detectLanguage("customer service representative")).not.toBe("pt");
  });
});
