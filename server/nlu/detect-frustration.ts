import type { FrustrationCue, FrustrationSignal } from "../engine/ports";
import { CALM_LOOK_ALIKES } from "./cues/calm-look-alikes";
import { MEDIUM, STRONG, WEAK, type CueRule } from "./cues/cue-rule";
import { de } from "./cues/de";
import { en } from "./cues/en";
import { es } from "./cues/es";
import { fr } from "./cues/fr";
import { pt } from "./cues/pt";
import { foldText } from "./fold-text";
import { shippedEscalationModel, type EscalationModel } from "./learned/escalation-model";
import { scoreTone } from "./score-tone";

/** Every language's cues are tried on every message: their words barely overlap, and a short message's language is a guess. */
const RULES: CueRule[] = [en, es, fr, de, pt].flatMap((language) => language.frustration);

/** Thanks and praise turn "I'm done", "damn that was quick" or "never mind, it worked" into calm messages… */
const CALM =
  /\b(thanks|thank you|thx|cheers|worked|works now|perfect|appreciate|love|gracias|merci|danke|obrigad[oa]|valeu|funciono|marche maintenant|geht s|funcionou|found it|working now|ya funciona|lo encontre|ca marche|j ai trouve|geht jetzt|gefunden|ja funcionou|achei|deu certo|al final funciono|a marche|geklappt|worked in the end|fair enough|no big deal|ist ja in ordnung|nicht schlimm|kein problem|pas de souci|pas grave|no pasa nada|no es grave|nao faz mal|nao e grave|faz sentido|es logico|c est normal|immer noch in ordnung)\b/;
/** …unless the praise is sarcastic. */
const SARCASTIC: ReadonlySet<string> = new Set(["sarcasm"]);

/** Acronyms written in capitals that are not shouting. */
const ACRONYMS = new Set([
  "PDF",
  "VAT",
  "API",
  "URL",
  "SMS",
  "FAQ",
  "PIN",
  "USA",
  "EUR",
  "USD",
  "GPS",
  "IOS",
  "CEO",
  "IVA",
  "TVA",
  "MWST",
  "NIF",
  "CPF",
  "CNPJ",
  "HTTP",
  "IBAN",
  "BIC",
]);

/**
 * A quoted title after a word for a book, film, song or series: "the book "I Give Up"", "le film « Plus jamais »", "das Buch heißt „Ich gebe nicht auf"".
 * The title's words are not the customer's mood, so they are blanked before the cues and the learned head see the message.
 */
const QUOTED_TITLE =
  /\b(book|novel|film|movie|song|album|series|show|title|libro|novela|pel[ií]cula|serie|canci[oó]n|t[ií]tulo|livre|roman|s[ée]rie|chanson|titre|buch|lied|titel|livro|filme|m[úu]sica)\b((\s+[\p{L}-]+){0,2})\s*("[^"]{1,60}"|“[^”]{1,60}”|„[^“”"]{1,60}[“”"]|«[^»]{1,60}»|‘[^’]{1,60}’)/giu;

/** The message with quoted titles blanked (see QUOTED_TITLE). */
export function withoutTitles(text: string): string {
  return text.replace(QUOTED_TITLE, (_, noun: string, between: string) => `${noun}${between} "…"`);
}

/**
 * Round 5. A plain fault report about the customer's own thing, and nothing more (a how/can question may follow):
 * "my printer is broken", "mi impresora no funciona", "mon imprimante est en panne", "mein Drucker ist kaputt",
 * "meu notebook quebrou". A problem to solve, not a mood: the learned heads learned "broken" from "still broken" and
 * "broken again" and called "my laptop is broken" upset and urgent, and the French urgency cue "en panne" is for a site
 * that is down. Here the learned view counts as a weak cue at most and urgency cues are dropped; repetition ("again",
 * "still"), blame, shouting and every other cue still count, and the message is no longer plain once they are in it.
 */
const PLAIN_FAULT =
  /^ (my|our|mi|mis|nuestra?|mon|ma|mes|notre|mein|meine|unser|unsere|meu|minha|meus|minhas|nosso|nossa) (\w+ ){1,3}(is |are |esta |estan |est |sont |ist |sind |estao |e |ta |tá )?(broken|not working|doesn t work|won t turn on|stopped working|kaputt|defekt|funktioniert nicht|geht nicht|geht nicht mehr an|no funciona|no anda|no enciende|roto|rota|estropeado|estropeada|se rompio|en panne|ne marche pas|ne marche plus|ne fonctionne pas|ne fonctionne plus|casse|cassee|quebrou|quebrado|quebrada|nao funciona|nao liga|avariado|avariada|estragado|estragou|parou de funcionar)( (how|what|can|could|is|como|que|puedo|pueden|se puede|comment|que|est ce|pouvez|wie|was|kann|konnen|koennen|pode|podem|posso|da)\b.*)? $/;

/**
 * Round 5. An answer that is a name or an address, not a sentence: "Sarah Mitchell", "Carlos Ruiz", "Ana Paula Souza",
 * "lucia.fernandez@hotmail.es", "www.example.com". Like a one-word answer, too little wording for the learned head to call
 * the customer upset on its own (it scored "Carlos Ruiz" 0.86).
 */
const NAME_OR_ADDRESS =
  /^(\p{Lu}[\p{Ll}'’.-]*)(\s+(\p{Lu}[\p{Ll}'’.-]*|de|da|do|dos|das|del|la|van|von|der|di|du|le))*$|^[\w.+-]+@[\w-]+(\.[\w-]+)+$|^(https?:\/\/)?(www\.)?[\w-]+(\.[\w-]+)+(\/\S*)?$/u;

/** Angry faces, swearing faces, an eye-roll. */
const ANGRY_EMOJI = /[😡😠🤬👿💢🙄]/u;

/** Capitals and repeated punctuation: "WHY DOES NOTHING WORK", "it doesnt work AGAIN", "come on!!", "again??". */
function shouting(text: string): (FrustrationCue & { weight: number }) | null {
  const capitals = (text.match(/\p{Lu}{3,}/gu) ?? []).filter((word) => !ACRONYMS.has(word));
  const words = text.match(/\p{L}+/gu) ?? [];
  if (capitals.length >= 2 && capitals.length * 2 >= words.length) return { kind: "shouting", text: capitals.slice(0, 4).join(" "), weight: STRONG };
  if (capitals.length === 1 && capitals[0]!.length >= 4 && words.length >= 2) return { kind: "shouting", text: capitals[0]!, weight: MEDIUM };
  const marks = text.match(/[!?]{3,}|!{2,}|\?{2,}|\?!|!\?/)?.[0];
  if (marks) return { kind: "shouting", text: marks, weight: marks.length >= 3 ? MEDIUM : WEAK };
  return null;
}

/**
 * Frustration and urgency as their own model: cues for giving up, blame,
 * repetition, time wasted, anger, profanity, being ignored, sarcasm, threats
 * to leave, urgency and shouting, in English, Spanish, French, German and
 * Portuguese, plus VADER's tone for English, combined as a noisy-or of their
 * weights (0.6 strong, 0.35 medium, 0.2 weak). A score of 0.5 or more is a frustrated message; a weak
 * cue alone (0.2) counts only when the conversation is already going badly.
 * Synchronous and cheap (npm run eval:nlu prints the cost per message).
 */
export function detectFrustration(text: string, language: string | null = null, model: EscalationModel = shippedEscalationModel()): FrustrationSignal {
  const raw = withoutTitles(text.slice(0, 1000));
  const folded = foldText(raw).replace(CALM_LOOK_ALIKES, " ");
  const found: (FrustrationCue & { weight: number })[] = [];
  const plainFault = PLAIN_FAULT.test(folded);
  for (const rule of RULES) {
    if (plainFault && rule.kind === "urgency") continue;
    const match = rule.pattern.exec(folded);
    // The same words matched by two languages' rules ("frustrado", "urgente") count once.
    if (match && !found.some((cue) => cue.text === match[0].trim())) found.push({ kind: rule.kind, text: match[0].trim(), weight: rule.weight });
  }
  // Round 4: an angry face or an eye-roll said in emoji ("unmögliche firma 😡", "votre bot tourne en boucle 🙄").
  const face = raw.match(ANGRY_EMOJI)?.[0];
  if (face) found.push({ kind: "anger", text: face, weight: /🙄/u.test(face) ? WEAK : MEDIUM });
  const shout = shouting(raw);
  if (shout) found.push(shout);
  const tone = scoreTone(raw, language);
  if (tone !== null && tone <= -0.3) found.push({ kind: "tone", text: `tone ${tone.toFixed(2)}`, weight: tone <= -0.5 ? MEDIUM : WEAK });
  // A short outburst ("horrible", "seriously??", "awful experience") says more than the same word in a long sentence.
  const wordCount = folded.trim().split(" ").length;
  const moodCues = found.filter((cue) => cue.kind !== "urgency" && cue.kind !== "tone");
  if (wordCount <= 4 && (moodCues.some((cue) => cue.weight >= MEDIUM) || moodCues.length >= 2))
    found.push({ kind: "outburst", text: raw.trim(), weight: MEDIUM });
  const probability = model.probability("upset", raw);
  // One word no rule knows ("String", "Tostadas", a name or a product code answering a question) is too little
  // wording for the learned head to call a customer upset on its own: its view counts as a weak cue at most.
  const nameOrAddress = wordCount <= 5 && NAME_OR_ADDRESS.test(raw.trim());
  const learned = learnedCue(probability, model, ((wordCount === 1 || nameOrAddress) && found.length === 0) || plainFault);
  if (learned) found.push(learned);
  // The learned head is sure it is calm and only one strong cue fired: "what's the deadline for returns?", "how do I report a stolen card".
  const doubted = probability < model.thresholds("upset").veto && found.filter((cue) => cue.weight >= STRONG).length < 2;
  const calm = (doubted || CALM.test(folded)) && !found.some((cue) => SARCASTIC.has(cue.kind));
  let score = 1 - found.reduce((rest, cue) => rest * (1 - cue.weight * (calm ? 0.4 : 1)), 1);
  score = Math.round(score * 100) / 100;
  found.sort((a, b) => b.weight - a.weight);
  return {
    score,
    urgent:
      !calm &&
      (found.some((cue) => cue.kind === "urgency") ||
        (learned !== null && !plainFault && model.probability("urgent", raw) >= model.thresholds("urgent").decide)),
    cues: found.map(({ kind, text: cueText }) => ({ kind, text: cueText })),
  };
}

/**
 * The learned head's view (learned/): the upset phrasings no cue lists, in any of the five languages — a strong
 * cue at its cross-validated threshold, a weak one (counts only when the bar is lowered) above its hint threshold.
 */
function learnedCue(probability: number, model: EscalationModel, hintOnly: boolean): (FrustrationCue & { weight: number }) | null {
  const { decide, hint } = model.thresholds("upset");
  if (probability < hint) return null;
  return { kind: "learned", text: `wording ${probability.toFixed(2)}`, weight: probability >= decide && !hintOnly ? STRONG : WEAK };
}
