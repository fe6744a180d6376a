import { franc } from "franc-min";
import { foldText } from "./fold-text";

/** The languages the escalation cues and the built-in replies cover. */
export const SUPPORTED_LANGUAGES = ["en", "es", "fr", "de", "pt"] as const;
export type SupportedLanguage = (typeof SUPPORTED_LANGUAGES)[number];

/**
 * Short function words and the commonest words of support chats, each telling
 * one language apart (shared ones like "de", "que", "pedido" weigh less).
 */
const FUNCTION_WORDS: Record<SupportedLanguage, string[]> = {
  en: "the is are i you my me to and what where how can it this that with for of do don t not please want need have was why who your get been im i m don it s order password invoice delivery works working help talk speak someone refund still again".split(
    " ",
  ),
  es: "el la los las que de y es no por para con mi me un una lo esta estoy como donde quiero necesito hay pero muy ya gracias hola tengo puedo se del al eso otra vez nada su te le ahora aqui alguien hablar pedido contrasena factura envio funciona ayuda ayudar soporte reembolso cuenta".split(
    " ",
  ),
  fr: "le la les de des du et est je j vous tu mon ma mes ne pas pour avec que qui un une c ca il y a au merci bonjour suis ai n m qu est ce rien commande mot passe facture livraison marche aide aider parler quelqu remboursement compte encore toujours".split(
    " ",
  ),
  de: "der die das und ist ich nicht mit mein meine sie wie wo ein eine einen kann bitte danke hallo es zu auf fur den dem noch was mir mich habe ihr wir schon bestellung passwort rechnung lieferung funktioniert hilfe helfen sprechen jemand erstattung konto immer wieder".split(
    " ",
  ),
  pt: "o a os as que de e nao por para com meu minha um uma voce voces esta como onde quero preciso tem mas muito ja obrigado obrigada oi pra isso no na do da senha fatura entrega ajuda ajudar falar atendente alguem reembolso conta ainda voce vcs".split(
    " ",
  ),
};

const WEIGHTS = new Map<string, Map<SupportedLanguage, number>>();
for (const language of SUPPORTED_LANGUAGES) {
  for (const word of FUNCTION_WORDS[language]) {
    const owners = SUPPORTED_LANGUAGES.filter((other) => FUNCTION_WORDS[other].includes(word));
    WEIGHTS.set(word, new Map(owners.map((owner) => [owner, 1 / owners.length])));
  }
}

/** Letters only some of the languages use. */
const LETTERS: [RegExp, SupportedLanguage, number][] = [
  [/[ñ¿¡]/, "es", 2],
  [/[ãõ]/, "pt", 2],
  [/ç/, "pt", 0.5],
  [/ç/, "fr", 0.5],
  [/[ßäö]/, "de", 2],
  [/ü/, "de", 0.75],
  [/[èêàùœîû]/, "fr", 1],
];

/** franc's ISO 639-3 codes of the supported languages (others map to their 639-1 code below when franc is sure). */
const FROM_ISO3 = new Map<string, string>([
  ["eng", "en"],
  ["spa", "es"],
  ["fra", "fr"],
  ["deu", "de"],
  ["por", "pt"],
  ["ita", "it"],
  ["nld", "nl"],
  ["pol", "pl"],
  ["tur", "tr"],
  ["rus", "ru"],
  ["swe", "sv"],
]);

/**
 * The customer's language as an ISO 639-1 code ("en", "es", "fr", "de",
 * "pt"…), or null when the message is too short to tell ("ok", "agent").
 * Function words and letters decide short messages, where trigram models
 * (franc) guess wildly; franc-min's trigrams add their vote from 20
 * characters on, and name other languages in longer messages.
 */
export function detectLanguage(text: string): string | null {
  // A turn asks twice for the same message (the human-request detector, then the turn itself): the second is free.
  if (last?.text === text) return last.language;
  const language = guessLanguage(text.slice(0, 500));
  last = { text, language };
  return language;
}

let last: { text: string; language: string | null } | null = null;

function guessLanguage(sample: string): string | null {
  const scores = new Map<SupportedLanguage, number>(SUPPORTED_LANGUAGES.map((language) => [language, 0]));
  for (const word of foldText(sample).trim().split(" ")) {
    for (const [language, weight] of WEIGHTS.get(word) ?? []) scores.set(language, scores.get(language)! + weight);
  }
  const lower = sample.toLowerCase();
  for (const [pattern, language, weight] of LETTERS) if (pattern.test(lower)) scores.set(language, scores.get(language)! + weight);
  const letters = sample.replace(/\s+/g, "").length;
  if (letters >= 20) {
    const guess = FROM_ISO3.get(franc(sample, { minLength: 20 }));
    // Trigrams confirm what the words suggest; on their own they take "customer service representative" for Portuguese.
    const words = guess ? scores.get(guess as SupportedLanguage) : undefined;
    if (words !== undefined && words >= 1) scores.set(guess as SupportedLanguage, words + 1.5);
    else if (guess && letters >= 40 && [...scores.values()].every((score) => score < 1)) return guess;
  }
  const ranked = [...scores].sort((a, b) => b[1] - a[1]);
  const [best, second] = ranked;
  return best![1] >= 1 && best![1] - second![1] >= 0.75 ? best![0] : null;
}
