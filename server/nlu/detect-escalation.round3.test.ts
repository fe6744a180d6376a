import { describe, expect, it } from "vitest";
import { casesOf, describeEscalationCases } from "../../tests/unit/nlu/escalation-cases";
import { detectFrustration } from "./detect-frustration";
import { detectHumanRequest } from "./detect-human-request";
import { detectLanguage } from "./detect-language";
import { RULES_ONLY, shippedEscalationModel } from "./learned/escalation-model";

// The rules added in issue 14's third round, one example per rule and language (from tests/fixtures/escalation-train-round3-*.tsv),
// checked with the rules alone (no learned head), so each example fails if its rule stops matching.

// [language, cue kind the rule gives, message]
const upset: [string, string, string][] = [
  ["en", "anger", "the password reset link never arrives, what else am i supposed to do"],
  ["en", "insult", "super unprofessional"],
  ["en", "ignored", "the bot just doesnt get it"],
  ["en", "leaving", "my lawyer will hear about this"],
  ["en", "sarcasm", "oh wonderful, another error message. love that for me"],
  ["en", "repetition", "i was promised a call back on monday, then on wednesday, and still nothing"],
  ["en", "urgency", "my data got leaked, what do i do?"],
  ["de", "negated_help", "die anleitung hilft null"],
  ["de", "negated_help", "hat nix gebracht"],
  ["de", "ignored", "der bot versteht mich einfach nicht"],
  ["de", "giving_up", "ok ich gebs auf"],
  ["de", "insult", "was für ein saftladen"],
  ["de", "leaving", "ich überlege ernsthaft zu einem anderen anbieter zu wechseln"],
  ["de", "sarcasm", "na super, noch eine fehlermeldung"],
  ["de", "urgency", "es eilt"],
  ["es", "leaving", "la verdad estoy a punto de darme de baja"],
  ["es", "insult", "este bot es tonto"],
  ["es", "repetition", "ya lo he explicado cinco veces"],
  ["es", "anger", "esto esta tardando demasiado"],
  ["es", "urgency", "han filtrado mis datos, que hago?"],
  ["fr", "ignored", "le bot me comprend pas"],
  ["fr", "negated_help", "le guide aide pas du tout"],
  ["fr", "insult", "ce bot est débile"],
  ["fr", "repetition", "on m'a promis un rappel lundi, puis mercredi, et toujours rien"],
  ["fr", "urgency", "ça presse"],
  ["pt", "negated_help", "não adiantou"],
  ["pt", "ignored", "o robô não me entende"],
  ["pt", "leaving", "vou colocar no reclame aqui"],
  ["pt", "sarcasm", "que maravilha, mais uma mensagem de erro"],
  ["pt", "urgency", "é pra ontem"],
  ["en", "anger", "you had one job"],
  ["de", "anger", "mann, zum 4. mal"],
  ["de", "anger", "ist das dein ernst"],
  ["es", "anger", "venga ya, 4a vez"],
  ["fr", "anger", "vous aviez un seul boulot"],
  ["pt", "anger", "fala serio, 4a vez"],
  ["en", "anger", "honestly what do i even pay you for"],
  ["de", "anger", "wofür bezahle ich euch eigentlich"],
  ["de", "anger", "warum fragt ihr ständig nach der bestellnummer, ich hab sie 3 mal geschickt"],
  ["fr", "anger", "non. même problème. rien n'a changé"],
  ["pt", "anger", "por que voces ficam pedindo o numero do pedido, ja mandei 3 vezes"],
];

// Calm messages a round-3 rule or an older cue word could mistake for upset ones.
const calm: [string, string][] = [
  ["en", "no rush, not urgent"],
  ["en", "i keep getting a notification about an update, do i need to install it?"],
  ["de", "ich habe dringend eine frage: gibt es das auch in blau?"],
  ["de", "ich habe schon wieder eine frage zur rechnung"],
  ["es", "sin prisa, no es urgente"],
  ["fr", "pas pressé, c'est pas urgent"],
  ["fr", "le remboursement est immédiat ?"],
  ["pt", "oi, pedi uma jaqueta semana passada e queria saber se ainda da pra trocar por outra cor"],
  ["pt", "tem prazo pra devolução?"],
];

const requests: [string, string, string][] = [
  ["en", "available", "are your advisors available today?"],
  ["en", "point of contact", "i want a real point of contact"],
  ["en", "discuss with", "is there someone i could discuss it with?"],
  ["de", "real staff", "gibt es bei euch auch echte mitarbeiter oder nur diesen bot"],
  ["de", "department", "können sie mich an die zuständige abteilung weitergeben"],
  ["de", "with a member of staff", "das möchte ich mit einem mitarbeiter persönlich besprechen"],
  ["de", "specialist", "ich muss mit einem spezialisten über meinen garantiefall reden"],
  ["es", "colleague", "que me atienda un compañero suyo"],
  ["es", "department", "me puede derivar al departamento correspondiente"],
  ["fr", "colleague", "qu'un de vos collègues prenne le relais"],
  ["fr", "put in touch", "vous pouvez me mettre en relation avec la personne qui gère les comptes pro?"],
  ["pt", "working today", "alguém tá trabalhando hoje?"],
  ["pt", "boss", "chama seu chefe por favor"],
  ["en", "chat speak", "is a team member around to help"],
  ["de", "chat speak", "an wen wende ich mich wegen einer abgelehnten erstattung"],
  ["fr", "chat speak", "vos gens du support peuvent regarder le ticket 4411"],
];

const notRequests: [string, string, string][] = [
  ["en", "already helped", "one of your agents helped me loads yesterday, thanks"],
  ["en", "recipient", "i want to put another person as the recipient"],
  ["en", "own manager", "i need to speak to my manager before i order"],
  ["en", "a call slot", "can i book a call slot for installation"],
  ["de", "opening hours", "wann ist der kundenservice telefonisch erreichbar?"],
  ["de", "already spoken to", "ich habe gestern mit jemandem gesprochen und er hat es gelöst"],
  ["fr", "a reminder", "petite question: l'abonnement annuel se renouvelle tout seul ou j'ai un rappel avant?"],
  ["fr", "already spoken to", "j'ai parlé à quelqu'un hier et il a réglé ça, je confirme juste que c'est fait"],
  ["es", "already spoken to", "ayer hablé con alguien y me lo solucionó"],
  ["en", "human-readable", "can i have a human-readable version of the invoice"],
  ["fr", "remind me", "vous pouvez me rappeler la durée de la garantie"],
];

describeEscalationCases("detectFrustration, round-3 rules", [...casesOf("upset", upset, "cue"), ...casesOf("calm", calm)], {
  model: RULES_ONLY,
  alsoShipped: true,
});

describe("the learned heads and messages without letters", () => {
  it.each(["1,250", "2026-12-01", "+44 (20) 7946-0000", "48213"])("%s is an answer, not an upset message or a request", (text) => {
    const model = shippedEscalationModel();
    for (const head of ["human", "upset", "urgent"] as const) expect(model.probability(head, text)).toBe(0);
    expect(detectFrustration(text, detectLanguage(text)).score).toBe(0);
    expect(detectHumanRequest(text)).toBeNull();
  });
});

describeEscalationCases("detectHumanRequest, round-3 rules", casesOf("human", requests), { model: RULES_ONLY });
describeEscalationCases("detectHumanRequest, round-3 look-alikes", casesOf("no request", notRequests));
