import vader from "vader-sentiment";

/**
 * VADER's compound score (−1 … 1) for English text: a general lexicon of
 * about 7,500 words with rules for capitals, "!!!", "but" and negation. It
 * knows words the cue lists do not ("nonsense", "dreadful"), so a clearly
 * negative tone is a medium cue; on its own it catches too little and flags
 * too much (npm run eval:nlu prints why: 15 % recall, 2.7 % false alarms at
 * −0.5 on the labelled set) to decide alone. Null for other languages, where
 * nlp.js's lexicons measured worse (pt flags 29 % of neutral questions).
 */
export function scoreTone(text: string, language: string | null): number | null {
  if (language !== null && language !== "en") return null;
  return vader.SentimentIntensityAnalyzer.polarity_scores(text.slice(0, 1000)).compound;
}
