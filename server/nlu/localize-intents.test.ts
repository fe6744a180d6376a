import { describe, expect, it } from "vitest";
import { EmbeddedNlu } from "./embedded-nlu";
import { localizeIntents } from "./localize-intents";

const intents = [
  {
    id: "refund",
    name: "Refund",
    examples: ["I want a refund", "give me my money back", "refund my order"],
    translations: [{ language: "es", examples: ["quiero un reembolso", "devuélvanme el dinero", "quiero que me devuelvan mi dinero"] }],
  },
  {
    id: "password",
    name: "Password reset",
    examples: ["reset my password", "I forgot my password", "I can't log in"],
    translations: [{ language: "es", examples: ["olvidé mi contraseña", "no puedo iniciar sesión", "restablecer la contraseña"] }],
  },
];

describe("intents per language", () => {
  it("uses an intent's phrases in the customer's language, else its default ones, in English otherwise", () => {
    expect(localizeIntents(intents, "es").locale).toBe("es");
    expect(localizeIntents(intents, "es").intents[0]!.examples[0]).toBe("quiero un reembolso");
    expect(localizeIntents(intents, "es-mx").locale).toBe("es");
    expect(localizeIntents(intents, "fr")).toEqual({ intents, locale: "en" });
    expect(localizeIntents(intents, null)).toEqual({ intents, locale: "en" });
  });

  it("classifies a Spanish customer with the Spanish phrases and stemmer", async () => {
    const nlu = new EmbeddedNlu();
    expect((await nlu.classify("olvidé la contraseña y no puedo entrar", intents, "es")).intentId).toBe("password");
    expect((await nlu.classify("quiero que me devuelvan el dinero del pedido", intents, "es")).intentId).toBe("refund");
    expect((await nlu.classify("I forgot my password", intents, "en")).intentId).toBe("password");
  });

  it("gives one intents array the same answers in every language, call after call (localized once per array and language)", async () => {
    const shared = new EmbeddedNlu();
    const cases: [string, string | null][] = [
      ["olvidé la contraseña y no puedo entrar", "es"],
      ["I forgot my password", "en"],
      ["quiero que me devuelvan el dinero del pedido", "es"],
      ["give me my money back", null],
      ["olvidé la contraseña y no puedo entrar", "es"],
    ];
    for (const [text, language] of cases) {
      expect(await shared.classify(text, intents, language)).toEqual(await new EmbeddedNlu().classify(text, structuredClone(intents), language));
    }
    // Another array with other phrases gets its own model, not the first array's.
    const renamed = intents.map((intent) => ({ ...intent, id: `${intent.id}-2`, translations: [] }));
    expect((await shared.classify("I forgot my password", renamed, "es")).intentId).toBe("password-2");
  });
});
