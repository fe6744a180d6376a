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

const LANGUAGE_PACKS: Record<ClassifierLocale, unknown> = { en: LangEn, es: LangEs, fr: LangFr, de: LangDe, pt: LangPt };

interface TrainedModel {
  nlp: { process(locale: string, text: string): Promise<{ intent: string; score: number }> };
  vocabulary: string[];
  locale: ClassifierLocale;
}

const NONE = "None";

/**
 * Intent recognition with nlp.js (a small neural classifier over stems),
 * trained from the admin's example phrases plus a None class, and tolerant
 * of one-letter typos against the examples' own words.
 */
export async function trainIntentClassifier(intents: IntentDefinition[], locale: ClassifierLocale = "en"): Promise<TrainedModel> {
  const container = await containerBootstrap();
  container.use(Nlp);
  container.use(LANGUAGE_PACKS[locale]);
  const nlp = container.get("nlp");
  nlp.settings.autoSave = false;
  nlp.settings.log = false;
  nlp.nluManager.settings.log = false;
  nlp.addLanguage(locale);
  const vocabulary = new Set<string>();
  for (const intent of intents) {
    for (const example of intent.examples) {
      nlp.addDocument(locale, example, intent.id);
      for (const word of normalizeText(example)) if (word.length >= 4) vocabulary.add(word);
    }
  }
  for (const example of noneExamples[locale]) nlp.addDocument(locale, example, NONE);
  await nlp.train();
  return { nlp, vocabulary: [...vocabulary], locale };
}

export async function classifyWith(model: TrainedModel, text: string): Promise<Classification> {
  const corrected = correctTypos(normalizeText(text.slice(0, 1000)), model.vocabulary).join(" ");
  if (!corrected) return { intentId: null, confidence: 0 };
  const result = await model.nlp.process(model.locale, corrected);
  if (!result.intent || result.intent === NONE) return { intentId: null, confidence: result.score ?? 0 };
  return { intentId: result.intent, confidence: result.score };
}
