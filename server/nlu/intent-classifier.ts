import { containerBootstrap } from "@nlpjs/core";
import { LangDe } from "@nlpjs/lang-de";
import { LangEn } from "@nlpjs/lang-en";
import { LangEs } from "@nlpjs/lang-es";
import { LangFr } from "@nlpjs/lang-fr";
import { LangPt } from "@nlpjs/lang-pt";
import { Nlp } from "@nlpjs/nlp";
import type { Classification, IntentDefinition } from "../engine/ports";
import { correctTypos } from "./correct-typos";
import { noneExamples } from "./none-examples";
import { normalizeText } from "./normalize-text";

/** The languages whose stemmers the classifier can train with. */
export const CLASSIFIER_LOCALES = ["en", "es", "fr", "de", "pt"] as const;
export type ClassifierLocale = (typeof CLASSIFIER_LOCALES)[number];

const LANGUAGE_PACKS = new Map<ClassifierLocale, unknown>([
  ["en", LangEn],
  ["es", LangEs],
  ["fr", LangFr],
  ["de", LangDe],
  ["pt", LangPt],
]);

interface TrainedModel {
  nlp: { process(locale: string, text: string): Promise<{ intent: string; score: number }> };
  vocabulary: string[];
  /** The admin's intent ids, by the label nlp.js knows each one as. */
  intentIds: Map<string, string>;
  locale: ClassifierLocale;
}

const NONE = "None";

/**
 * nlp.js keeps intents, stems and actions in plain objects, so an intent id
 * or a word that is a name on Object.prototype ("constructor") finds a
 * function there and throws. It sees only labels of ours for intents, and
 * such words with a prefix that no inherited name has.
 */
const INHERITED = Object.getOwnPropertyNames(Object.prototype).map((name) => name.toLowerCase());
const shielded = (text: string) =>
  text.replace(/[\p{L}\p{N}_$]+/gu, (word) => (INHERITED.some((name) => word.toLowerCase().startsWith(name)) ? `x${word}` : word));

/**
 * Intent recognition with nlp.js (a small neural classifier over stems),
 * trained from the admin's example phrases plus a None class, and tolerant
 * of one-letter typos against the examples' own words.
 */
export async function trainIntentClassifier(intents: IntentDefinition[], locale: ClassifierLocale = "en"): Promise<TrainedModel> {
  const container = await containerBootstrap();
  container.use(Nlp);
  container.use(LANGUAGE_PACKS.get(locale));
  const nlp = container.get("nlp");
  nlp.settings.autoSave = false;
  nlp.settings.log = false;
  nlp.nluManager.settings.log = false;
  nlp.addLanguage(locale);
  const vocabulary = new Set<string>();
  const intentIds = new Map<string, string>();
  for (const [index, intent] of intents.entries()) {
    const label = `intent${index}`;
    intentIds.set(label, intent.id);
    for (const example of intent.examples) {
      nlp.addDocument(locale, shielded(example), label);
      for (const word of normalizeText(example)) if (word.length >= 4) vocabulary.add(word);
    }
  }
  for (const example of noneExamples[locale]) nlp.addDocument(locale, example, NONE);
  await nlp.train();
  return { nlp, vocabulary: [...vocabulary], intentIds, locale };
}

export async function classifyWith(model: TrainedModel, text: string): Promise<Classification> {
  const corrected = correctTypos(normalizeText(text.slice(0, 1000)), model.vocabulary).join(" ");
  if (!corrected) return { intentId: null, confidence: 0 };
  const result = await model.nlp.process(model.locale, shielded(corrected));
  const intentId = model.intentIds.get(result.intent);
  if (intentId === undefined) return { intentId: null, confidence: result.score ?? 0 };
  return { intentId, confidence: result.score };
}
