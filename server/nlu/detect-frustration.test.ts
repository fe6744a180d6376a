import { describe, expect, it } from "vitest";
import { detectFrustration } from "./detect-frustration";

// [language, cue kind expected first or among the cues, message]
const upset: [string, string, string][] = [
  ["en", "giving_up", "forget it, I'm done"],
  ["en", "insult", "you're useless"],
  ["en", "negated_help", "that didn't help at all"],
  ["en", "repetition", "same wrong answer again"],
  ["en", "waiting", "I've been trying for hours"],
  ["en", "anger", "this is so frustrating"],
  ["en", "profanity", "wtf is this"],
  ["en", "ignored", "are you even listening"],
  ["en", "consequence", "I'm late for work because of this"],
  ["en", "sarcasm", "thanks for nothing"],
  ["en", "leaving", "never buying from you again"],
  ["en", "urgency", "this is blocking our launch"],
  ["en", "shouting", "WHY DOES THIS KEEP HAPPENING TO ME"],
  ["es", "giving_up", "olvídalo, me rindo"],
  ["es", "negated_help", "no me estás ayudando"],
  ["es", "urgency", "es urgente, lo necesito para hoy"],
  ["es", "anger", "estoy harta de esperar"],
  ["fr", "giving_up", "laisse tomber, j'abandonne"],
  ["fr", "negated_help", "rien ne marche"],
  ["fr", "urgency", "c'est urgent"],
  ["fr", "anger", "j'en ai marre"],
  ["de", "giving_up", "vergiss es, ich gebe auf"],
  ["de", "negated_help", "das hat nicht geholfen"],
  ["de", "urgency", "es ist dringend"],
  ["de", "anger", "ich habe die Nase voll"],
  ["pt", "giving_up", "esquece, desisto"],
  ["pt", "negated_help", "nada funciona"],
  ["pt", "urgency", "é urgente"],
  ["pt", "anger", "não aguento mais"],
];

const calm: [string, string][] = [
  ["en", "where is my order"],
  ["en", "my password doesn't work"],
  ["en", "I'm done, thanks for your help!"],
  ["en", "never mind, it worked"],
  ["en", "urgent shipping options?"],
  ["en", "can I order the same thing again"],
  ["en", "damn that was quick, thanks"],
  ["en", "the movie was terrible but the delivery was fast"],
  ["es", "¿dónde está mi pedido?"],
  ["es", "envío urgente disponible?"],
  ["fr", "je peux payer en plusieurs fois ?"],
  ["fr", "livraison urgente possible ?"],
  ["de", "gibt es Expressversand für dringende Bestellungen?"],
  ["de", "wo ist meine Bestellung"],
  ["pt", "o filme foi péssimo mas a entrega foi rápida"],
  ["pt", "onde está meu pedido"],
];

describe("detectFrustration", () => {
  it.each(upset)("%s %s: %s", (language, kind, text) => {
    const signal = detectFrustration(text, language);
    expect(signal.score).toBeGreaterThanOrEqual(0.5);
    expect(signal.cues.map((cue) => cue.kind)).toContain(kind);
    expect(signal.urgent).toBe(kind === "urgency");
  });

  it.each(calm)("%s calm: %s", (language, text) => {
    expect(detectFrustration(text, language).score).toBeLessThan(0.5);
  });

  it("puts the strongest cue first and names the words that matched", () => {
    const signal = detectFrustration("ugh, you're useless");
    expect(signal.cues[0]).toEqual({ kind: "insult", text: "useless" });
  });

  it("counts a weak cue (0.2) without calling the message frustrated, so only a lowered bar reacts to it", () => {
    const signal = detectFrustration("is it still processing");
    expect(signal.score).toBeGreaterThan(0);
    expect(signal.score).toBeLessThan(0.3);
  });

  it("adds VADER's tone for English and leaves it out for other languages", () => {
    expect(detectFrustration("this dreadful nonsense", "en").cues.map((cue) => cue.kind)).toContain("tone");
    expect(detectFrustration("this dreadful nonsense", "de").cues.map((cue) => cue.kind)).not.toContain("tone");
  });

  it("survives empty, huge and prototype-named input", () => {
    expect(detectFrustration("").score).toBe(0);
    expect(detectFrustration("constructor __proto__ toString").score).toBe(0);
    expect(detectFrustration("ugh ".repeat(10_000)).score).toBeLessThanOrEqual(1);
  });
});
