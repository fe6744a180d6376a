import type { IntentDefinition, NluPort } from "../engine/ports";
import { detectFrustration } from "./detect-frustration";
import { detectHumanRequest } from "./detect-human-request";
import { detectLanguage } from "./detect-language";
import { classifyWith, trainIntentClassifier, type ClassifierLocale } from "./intent-classifier";
import { shippedEscalationModel, type EscalationModel } from "./learned/escalation-model";
import { localizeIntents } from "./localize-intents";
import { scoreSentiment } from "./score-sentiment";
import { summarizeConversation } from "./summarize-conversation";

const MAX_MODELS = 100;

/**
 * The NLU that needs no network: models are trained once per set of intents
 * (so once per published flow version) and kept, least recently used first out.
 */
export class EmbeddedNlu implements NluPort {
  private readonly models = new Map<string, ReturnType<typeof trainIntentClassifier>>();
  /**
   * Per intents array (a published flow version's, parsed once and kept), per language: the localized
   * intents and their model's key — so a turn does not localize and serialize every example phrase again.
   */
  private readonly keys = new WeakMap<IntentDefinition[], Map<string | null, { intents: IntentDefinition[]; locale: ClassifierLocale; key: string }>>();

  /** `escalation`: the learned side of the escalation detectors (the shipped one; another only for comparisons). */
  constructor(private readonly escalation: EscalationModel = shippedEscalationModel()) {}

  async classify(text: string, intents: IntentDefinition[], language: string | null = null) {
    let byLanguage = this.keys.get(intents);
    if (!byLanguage) this.keys.set(intents, (byLanguage = new Map()));
    let localized = byLanguage.get(language);
    if (!localized) {
      const { intents: local, locale } = localizeIntents(intents, language);
      localized = { intents: local, locale, key: modelKey(local, locale) };
      if (byLanguage.size < 50) byLanguage.set(language, localized);
    }
    return classifyWith(await this.model(localized.intents, localized.locale, localized.key), text);
  }

  /** Trains ahead of time (at publish), so the first customer does not wait. */
  async warm(intents: IntentDefinition[]): Promise<void> {
    await this.model(intents);
    // And one model per language the intents have phrases in.
    const languages = new Set(intents.flatMap((intent) => intent.translations?.map((translation) => translation.language) ?? []));
    for (const language of languages) {
      const localized = localizeIntents(intents, language);
      if (localized.locale !== "en") await this.model(localized.intents, localized.locale);
    }
  }

  detectHumanRequest(text: string) {
    return detectHumanRequest(text, this.escalation);
  }

  detectFrustration(text: string, language: string | null) {
    return detectFrustration(text, language, this.escalation);
  }

  detectLanguage(text: string) {
    return detectLanguage(text);
  }

  async sentiment(text: string) {
    return scoreSentiment(text);
  }

  async summarize(customerMessages: string[], facts: { intent: string | null; reason: string }) {
    return summarizeConversation(customerMessages, facts);
  }

  private model(intents: IntentDefinition[], locale: ClassifierLocale = "en", key = modelKey(intents, locale)) {
    let model = this.models.get(key);
    if (model) {
      this.models.delete(key);
    } else {
      model = trainIntentClassifier(intents, locale);
      model.catch(() => this.models.delete(key));
    }
    this.models.set(key, model);
    if (this.models.size > MAX_MODELS) this.models.delete(this.models.keys().next().value!);
    return model;
  }
}

/** One model per locale and set of intent ids and example phrases. */
function modelKey(intents: IntentDefinition[], locale: ClassifierLocale): string {
  return JSON.stringify([locale, intents.map((intent) => [intent.id, intent.examples])]);
}
