import { describe, expect, it } from "vitest";
import { casesOf, describeEscalationCases } from "./escalation-cases";
import { detectFrustration, withoutTitles } from "../../../server/nlu/detect-frustration";
import { RULES_ONLY } from "../../../server/nlu/learned/escalation-model";

// The rules added in issue 14's fourth round (other registers: formal letters, regional wording, office German,
// text-speak, stories that end in a request), one example or more per rule and language, checked with the rules
// alone (no learned head) so each example fails if its rule stops matching.

// [language, kind of request, message]
const requests: [string, string, string][] = [
  ["de", "Sachbearbeiter, sich wenden an", "Ich würde mich gerne an einen Sachbearbeiter wenden, da meine Frage komplizierter ist."],
  ["de", "subordinate clause with a modal", "Wäre es möglich, dass sich ein Sachbearbeiter meine Unterlagen ansieht?"],
  ["de", "Anliegen an einen Teamleiter", "Ich verlange, dass mein Anliegen an einen Teamleiter geht."],
  ["de", "Fachabteilung weiterleiten", "bitte an die fachabteilung weiterleiten, danke"],
  ["de", "durchstellen", "Bitte stellen Sie mich zu Ihrer Rechtsabteilung durch."],
  ["de", "eskalieren", "bitte eskalieren an die nächste ebene"],
  ["de", "someone who answers", "Jetzt hätte ich gern jemanden, der mir sagt, wo mein Geld ist."],
  ["de", "fester Ansprechpartner", "Am besten wäre ein fester Ansprechpartner."],
  ["de", "den will ich sprechen", "wer kann bei euch entscheiden, ob ich mein geld zurückkriege? den will ich sprechen"],
  ["de", "is a person there", "sitzt da jetzt ein mensch oder nicht"],
  ["de", "Swiss German", "Hoi zäme, isch öpper do vom Support?"],
  ["de", "colloquial", "wie krieg ich hier nen menschen an die strippe"],
  ["de", "gibts nen Ansprechpartner", "gibts bei euch nen ansprechpartner fuer geschaeftskunden?"],
  ["de", "an wen muss ich mich wenden", "an wen muss ich mich wenden wenn ich eine ausnahme brauche"],
  ["es", "formal, poner en contacto", "Les agradecería que me pusieran en contacto con un asesor para revisar mi contrato."],
  ["es", "comuníqueme con el área", "Buenas, comuníqueme con el área comercial."],
  ["es", "quien corresponda", "Le pido que me derive con quien corresponda."],
  ["es", "executives available", "¿Está algún ejecutivo disponible ahorita?"],
  ["es", "an advisor could help", "¿Podría un asesor ayudarnos?"],
  ["es", "someone from sales", "¿Me puede contestar alguien de ventas?"],
  ["es", "humans or robots", "¿todavía tienen humanos o ya son puros robots?"],
  ["fr", "passing it on", "Merci de transmettre mon message à un collègue habilité à traiter les litiges."],
  ["fr", "who handles it, write to them", "Savez-vous qui s'occupe des remboursements chez vous ? J'aimerais lui écrire directement."],
  ["fr", "vers qui me tourner", "Vers qui puis-je me tourner pour un geste commercial ?"],
  ["fr", "an exchange with a person", "Étant donné la complexité du dossier, un échange avec une personne serait plus simple."],
  ["fr", "advisers reachable", "vos conseillers sont ils joignables en ce moment"],
  ["fr", "an adviser could help", "Est-ce qu'un conseiller pourrait nous aider ?"],
  ["fr", "text-speak", "y a qqn ?"],
  ["fr", "a superior", "Votre supérieur, s'il vous plaît."],
  ["pt", "formal, colocar em contato", "Prezados, solicito que me coloquem em contato com um atendente."],
  ["pt", "quem de direito", "Peço que me encaminhe para quem de direito."],
  ["pt", "seen by a person", "Por ser um assunto delicado, preferia que fosse visto por uma pessoa."],
  ["pt", "colleagues online", "Os vossos colaboradores estão online a esta hora?"],
  ["pt", "escalated", "Peço que o meu caso seja escalado para um supervisor."],
  ["pt", "someone from sales", "Alguém do comercial pode me responder?"],
  ["pt", "gestora de conta", "Bom dia, quero falar com a minha gestora de conta."],
  ["en", "the concerned person", "Kindly connect me with the concerned person regarding my refund."],
  ["en", "arrange for an executive", "Respected team, please arrange for an executive to assist me."],
  ["en", "a department", "I'd appreciate being connected with your claims department."],
  ["en", "a named contact", "Is there a named contact I could deal with going forward?"],
  ["en", "own this", "I'd really appreciate having one person own this."],
  ["en", "someone on your side", "Could somebody on your technical side look at our workspace directly?"],
  ["en", "who do I need to speak with", "Who do I need to speak with to get this handled properly?"],
];

const callbacks: [string, string][] = [
  ["de", "bitte um rueckruf, danke"],
  ["de", "Grüezi, chönnted Sie mich bitte zrugglüte?"],
  ["es", "prefiero q me llamen, no tengo tiempo de escribir"],
  ["es", "Márqueme a mi celular por favor."],
  ["fr", "Merci de me recontacter par téléphone demain matin."],
  ["fr", "Appelez-moi sur mon cellulaire s'il vous plaît."],
  ["pt", "Agradecia que me contactassem por telefone amanhã de manhã."],
  ["pt", "Podiam telefonar-me? É mais fácil explicar de viva voz."],
];

// Look-alikes: a recall, a missed call, an appointment, a contact named on a document, a job.
const notRequests: [string, string][] = [
  ["de", "Betrifft die Rückrufaktion auch mein Modell?"],
  ["de", "Wie kann ich einen Rückruf in der App deaktivieren? Ich bekomme ständig Anrufe vom Vertrieb."],
  ["de", "Kann ich in meinem Konto einen zweiten Ansprechpartner für Lieferungen hinterlegen?"],
  ["fr", "Mon modèle est-il concerné par le rappel de produit ?"],
  ["fr", "J'ai un appel manqué de votre numéro, c'était à quel sujet ?"],
  ["fr", "Je voudrais prendre rendez-vous avec un conseiller en boutique."],
  ["fr", "Sur la facture, je voudrais que l'interlocuteur soit ma collègue Mme Petit."],
  ["es", "Quiero agendar una cita con un asesor en la sucursal."],
  ["es", "Tengo una llamada perdida de su número, ¿de qué se trataba?"],
  ["es", "Busco un agente inmobiliario de confianza, ¿trabajan con alguno?"],
  ["pt", "Quero marcar um horário com um consultor na loja."],
  ["en", "Where do I send my CV for the customer service advisor role?"],
  ["en", "i need some help with the app"],
];

// [language, cue kind the rule gives, message]
const upset: [string, string, string][] = [
  ["de", "anger", "so eine zumutung"],
  ["de", "anger", "unterirdischer service"],
  ["de", "anger", "Ihre Standardantworten helfen mir nicht im Geringsten."],
  ["de", "anger", "langsam hab ich echt die schnauze voll"],
  ["de", "anger", "gopfertami, jetzt gaht das scho wieder nöd"],
  ["de", "leaving", "Ich werde Sie nicht weiterempfehlen."],
  ["de", "urgency", "Eilt! Bitte heute noch bearbeiten."],
  ["de", "urgency", "Servus, des pressiert, der Kühlschrank is hin."],
  ["es", "anger", "Evidentemente no leyeron mi mensaje."],
  ["es", "anger", "no manches, otra vez el mismo error"],
  ["es", "anger", "Me pasan de un departamento a otro."],
  ["es", "anger", "Acaban de perder un cliente."],
  ["es", "urgency", "Hay una fuga de agua en la lavadora que instalaron."],
  ["es", "urgency", "Es apremiante, la nómina de los empleados no sale."],
  ["fr", "anger", "Votre réponse est à côté de la plaque."],
  ["fr", "anger", "jpp de votre service"],
  ["fr", "anger", "J'suis en beau maudit."],
  ["fr", "anger", "Je vais résilier mon abonnement, j'en ai assez."],
  ["fr", "urgency", "Il me faut l'attestation aujourd'hui, la banque ferme à 17h."],
  ["fr", "urgency", "Je pars demain à l'aube et mes billets n'apparaissent plus."],
  ["pt", "anger", "Prezados, venho manifestar minha total insatisfação com o atendimento."],
  ["pt", "anger", "Estão a gozar comigo."],
  ["pt", "anger", "Vou apresentar queixa no livro de reclamações."],
  ["pt", "anger", "Já não sei o que fazer."],
  ["pt", "urgency", "Viajo amanhã cedo e as passagens sumiram."],
];

// Calm messages a cue word could mistake for upset ones: titles in quotes, "nothing urgent", acceptance, procedures, real praise.
const calm: [string, string][] = [
  ["en", 'Do you stock the book "I Give Up" by Maria Ortiz?'],
  ["en", "nothing urgent, just curious"],
  ["en", "I tried three times to log in this morning and it locked me out, which is fair enough. How long before I can try again?"],
  ["de", 'Das Buch heißt "Ich gebe nicht auf", haben Sie es vorrätig?'],
  ["de", "Habt ihr den Film „Nie wieder Ärger“ auf DVD?"],
  ["de", "Super, das hat geklappt. Noch eine kurze Frage zur Lieferung."],
  ["de", "Das hat keine Eile, aber können Sie mir irgendwann die Rechnung schicken?"],
  ["fr", "Le livre « J'en ai marre » de Sophie Dubois est-il disponible ?"],
  ["fr", "Rien d'urgent, c'est juste pour savoir."],
  ["fr", "Ce n'est pas grave, j'attendrai la prochaine livraison."],
  ["es", 'Tienen la película "Nunca más" en Blu-ray?'],
  ["es", "Nada urgente, es solo para saber."],
  ["pt", "Como abro uma reclamação pelo site?"],
  ["pt", "Nada urgente, é só para saber."],
];

describeEscalationCases(
  "detectHumanRequest, round-4 rules",
  [...casesOf("human", requests), ...casesOf("callback", callbacks), ...casesOf("no request", notRequests)],
  { model: RULES_ONLY, alsoShipped: true },
);

describeEscalationCases("detectFrustration, round-4 rules", [...casesOf("upset", upset, "cue"), ...casesOf("calm", calm)], {
  model: RULES_ONLY,
  alsoShipped: true,
});

describe("detectFrustration, one-word answers and titles", () => {
  // The shipped model scored these one-word answers 0.82–0.88 upset (character n-grams of "frustrating"), so a
  // customer giving their name or a dish to a question was offered a person.
  it.each(["String", "toString", "Tostadas", "Alice", "Kowalski"])("a one-word answer no rule knows is not upset: %s", (text) => {
    expect(detectFrustration(text, null).score).toBeLessThan(0.5);
  });
  it.each(["useless", "ugh", "inútil", "Frechheit", "nul", "péssimo"])("a one-word outburst a rule knows still is: %s", (text) => {
    expect(detectFrustration(text, null).score).toBeGreaterThanOrEqual(0.5);
  });
  it("blanks a quoted title after a word for a book or film, and only then", () => {
    expect(withoutTitles('the book "I Give Up" by Maria Ortiz')).toBe('the book "…" by Maria Ortiz');
    expect(withoutTitles("le film « Plus jamais » en Blu-ray")).toBe('le film "…" en Blu-ray');
    expect(withoutTitles('you keep saying "try again later"')).toBe('you keep saying "try again later"');
  });
});
