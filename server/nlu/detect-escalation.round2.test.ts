import { describe, expect, it } from "vitest";
import { casesOf, describeEscalationCases } from "../../tests/unit/nlu/escalation-cases";
import { detectFrustration } from "./detect-frustration";
import { detectHumanRequest } from "./detect-human-request";

// Examples of the kinds issue 14's second round is about, from the training files (tests/fixtures/escalation-train-*.tsv).
// [language, kind, message]
const requests: [string, string, string][] = [
  ["en", "indirect", "could a person help me with this instead"],
  ["en", "team member", "put me in touch with somebody from accounts"],
  ["en", "are people there", "are there any real people working at your company"],
  ["en", "are people there", "does a human ever look at these"],
  ["en", "team member", "can one of your people take a look at this"],
  ["es", "indirect", "¿podría ayudarme una persona en vez del bot?"],
  ["es", "team member", "ponme en contacto con un miembro de vuestro equipo"],
  ["es", "are people there", "¿esto lo lee una persona?"],
  ["fr", "team member", "mettez moi en relation avec quelqu'un du service facturation"],
  ["fr", "are people there", "des conseillers sont disponibles ?"],
  ["fr", "short", "une personne s'il vous plaît"],
  ["de", "indirect", "könnte mir stattdessen ein Mensch helfen?"],
  ["de", "are people there", "liest das überhaupt ein Mensch?"],
  ["de", "are people there", "hallo, ist hier irgendwer?"],
  ["pt", "team member", "me passa para um colega"],
  ["pt", "are people there", "uma pessoa lê essas mensagens?"],
  ["pt", "boss", "chama o responsável"],
];

const notRequests: [string, string, string][] = [
  ["en", "talk about", "I want to talk about my subscription"],
  ["en", "talk about", "can we chat about pricing"],
  ["en", "feedback", "i'd like to leave feedback for the agent who helped me"],
  ["en", "is it a bot", "are you a real person?"],
  ["es", "talk about", "quiero hablar de mi suscripción"],
  ["es", "feedback", "quiero dejar una valoración para el agente que me ayudó"],
  ["fr", "talk about", "je voudrais parler de mon abonnement"],
  ["fr", "is it a bot", "vous êtes une vraie personne ?"],
  ["de", "talk about", "ich möchte über mein Abo sprechen"],
  ["de", "is it a bot", "sind Sie ein echter Mensch?"],
  ["pt", "talk about", "quero falar sobre minha assinatura"],
  ["pt", "feedback", "quero elogiar o atendente que me ajudou"],
];

const upset: [string, string, string][] = [
  ["en", "circles", "we're going in circles"],
  ["en", "patience", "my patience is running out"],
  ["en", "nowhere", "i'm getting nowhere with this"],
  ["en", "leaving", "i'm switching to your competitor"],
  ["en", "consequence", "this cost me a client"],
  ["en", "ignored", "you never reply"],
  ["es", "patience", "estoy perdiendo la paciencia"],
  ["es", "worse", "esto va de mal en peor"],
  ["es", "leaving", "me voy a la competencia"],
  ["fr", "ignored", "vous ne m'écoutez pas"],
  ["fr", "repetition", "combien de fois je dois le répéter"],
  ["fr", "leaving", "je vais chez la concurrence"],
  ["de", "had enough", "jetzt reicht's aber"],
  ["de", "worse", "es wird immer schlimmer"],
  ["de", "leaving", "ich gehe zur Konkurrenz"],
  ["pt", "had enough", "cansei"],
  ["pt", "worse", "cada vez pior"],
  ["pt", "repetition", "quantas vezes vou ter que explicar"],
];

// Ordinary questions that use a cue word: the learned head doubts a lone rule cue here.
const calm: [string, string][] = [
  ["en", "what's the deadline for returns?"],
  ["en", "how do i report a stolen card"],
  ["en", "does the refund happen immediately?"],
  ["en", "never mind, i found the answer in the faq"],
  ["es", "¿el reembolso es inmediato?"],
  ["fr", "le remboursement est immédiat ?"],
  ["de", "ist die Erstattung sofort da?"],
  ["pt", "quando chega meu pedido?"],
  ["pt", "o reembolso é imediato?"],
];

describeEscalationCases("detectHumanRequest, round-2 kinds", [...casesOf("request", requests), ...casesOf("no request", notRequests)]);

describeEscalationCases("detectFrustration, round-2 kinds", [...casesOf("upset", upset), ...casesOf("calm", calm)]);

describe("the learned heads, round-2 examples no rule covers", () => {
  it("names the learned head when only it found the message upset (a training example no cue covers)", () => {
    const signal = detectFrustration("drei Wochen ohne Antwort", "de");
    expect(signal.score).toBeGreaterThanOrEqual(0.5);
    expect(signal.cues[0]?.kind).toBe("learned");
  });
  it("asks the learned head about a request no rule covers (a training example)", () => {
    expect(detectHumanRequest("kann mir ein Spezialist helfen?")).toBe("human");
  });
});
