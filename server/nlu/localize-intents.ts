import type { IntentDefinition } from "../engine/ports";
import { CLASSIFIER_LOCALES, type ClassifierLocale } from "./intent-classifier";

/**
 * The intents as a customer writing in `language` is classified against:
 * when any intent has example phrases in that language, those (and that
 * language's stemmer), with the default phrases for intents that have none;
 * otherwise the default phrases, in English.
 */
export function localizeIntents(intents: IntentDefinition[], language: string | null): { intents: IntentDefinition[]; locale: ClassifierLocale } {
  const base = language?.split("-")[0];
  const inLanguage = (intent: IntentDefinition) => intent.translations?.find((translation) => translation.language.split("-")[0] === base);
  if (!base || !(CLASSIFIER_LOCALES as readonly string[]).includes(base) || !intents.some(inLanguage)) return { intents, locale: "en" };
  return {
    intents: intents.map((intent) => ({ id: intent.id, name: intent.name, examples: inLanguage(intent)?.examples ?? intent.examples })),
    locale: base as ClassifierLocale,
  };
}
