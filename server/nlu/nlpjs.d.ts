// The few parts of nlp.js (which ships no types) that intent-classifier.ts uses.
declare module "@nlpjs/core" {
  export interface Container {
    use(plugin: unknown): void;
    get(name: "nlp"): NlpInstance;
  }
  export interface NlpInstance {
    settings: Record<string, unknown>;
    nluManager: { settings: Record<string, unknown> };
    addLanguage(locale: string): void;
    addDocument(locale: string, utterance: string, intent: string): void;
    train(): Promise<void>;
    process(locale: string, text: string): Promise<{ intent: string; score: number }>;
  }
  export function containerBootstrap(): Promise<Container>;
}
declare module "@nlpjs/nlp" {
  export const Nlp: unknown;
}
declare module "@nlpjs/lang-en" {
  export const LangEn: unknown;
}
declare module "@nlpjs/lang-es" {
  export const LangEs: unknown;
}
declare module "@nlpjs/lang-fr" {
  export const LangFr: unknown;
}
declare module "@nlpjs/lang-de" {
  export const LangDe: unknown;
}
declare module "@nlpjs/lang-pt" {
  export const LangPt: unknown;
}
// vader-sentiment ships no types either: the one call score-tone.ts makes.
declare module "vader-sentiment" {
  const vader: { SentimentIntensityAnalyzer: { polarity_scores(text: string): { neg: number; neu: number; pos: number; compound: number } } };
  export default vader;
}
