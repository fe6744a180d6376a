import { describe, expect, it } from "vitest";
import { detectHumanRequest } from "./detect-human-request";

// [language, kind of request, message, expected]
const cases: [string, string, string, "human" | "callback" | null][] = [
  ["en", "indirect", "could a person help me instead of the bot", "human"],
  ["en", "indirect", "connect me with a member of your team", "human"],
  ["en", "indirect", "please connect me with someone from billing", "human"],
  ["en", "people exist?", "are there any humans working today?", "human"],
  ["en", "people exist?", "do real people answer this chat?", "human"],
  ["en", "who to talk to", "who can I talk to about this?", "human"],
  ["en", "look-alike: talk about", "I want to talk about changing my subscription", null],
  ["en", "look-alike: delivery", "what time will the delivery person come", null],
  ["en", "look-alike: visit", "can I reschedule the engineer visit", null],
  ["en", "look-alike: noun", "I work in human resources and need an invoice for the company", null],
  ["en", "look-alike: noun", "I'm a travel agent, do you offer group rates", null],
  ["es", "explicit", "quiero hablar con una persona", "human"],
  ["es", "indirect", "comunícame con alguien de facturación", "human"],
  ["es", "people exist?", "hay humanos trabajando ahí?", "human"],
  ["es", "callback", "¿me pueden llamar?", "callback"],
  ["es", "look-alike", "mi agente de viajes hizo la reserva", null],
  ["es", "negated", "no necesito un agente, solo el enlace de seguimiento", null],
  ["fr", "explicit", "je veux parler à un humain", "human"],
  ["fr", "indirect", "mettez-moi en relation avec un agent", "human"],
  ["fr", "people exist?", "il y a des humains qui travaillent ?", "human"],
  ["fr", "callback", "rappelez-moi svp", "callback"],
  ["fr", "look-alike", "je travaille aux ressources humaines et j'ai besoin d'une facture", null],
  ["fr", "look-alike: visit", "quand passe le technicien ?", null],
  ["de", "explicit", "ich möchte mit einem Menschen sprechen", "human"],
  ["de", "indirect", "verbinden Sie mich mit der Buchhaltung", "human"],
  ["de", "people exist?", "arbeiten da überhaupt Menschen?", "human"],
  ["de", "callback", "rufen Sie mich bitte zurück", "callback"],
  ["de", "look-alike", "ich arbeite in der Personalabteilung und brauche eine Rechnung", null],
  ["pt", "explicit", "quero falar com um atendente", "human"],
  ["pt", "indirect", "me conecta com alguém do financeiro", "human"],
  ["pt", "people exist?", "tem humanos trabalhando aí?", "human"],
  ["pt", "callback", "vocês podem me ligar?", "callback"],
  ["pt", "look-alike", "sou agente de viagens, tem tarifa para grupos?", null],
];

describe("detectHumanRequest in five languages", () => {
  it.each(cases)("%s %s: %s", (_language, _kind, text, expected) => {
    expect(detectHumanRequest(text)).toBe(expected);
  });
});
