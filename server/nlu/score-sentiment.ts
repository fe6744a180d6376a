import winkNLP from "wink-nlp";
import model from "wink-eng-lite-web-model";

const nlp = winkNLP(model, ["sbd", "negation", "sentiment"]);

/** Support-chat frustration that general-purpose lexicons miss. */
const FRUSTRATION =
  /\b(ridiculous|taking forever|still waiting|(is|a) joke|ffs|wtf|unacceptable|fed up|sick of|third time|again and again|nobody (helps|answers)|waste of time|worst|terrible|awful|useless|horrible|disgusting|pathetic|rubbish|furious|livid|fuming)\b/i;
const SHOUTING = /(!{2,}|\?!|\b[A-Z]{3,}\b.*\b[A-Z]{3,}\b)/;

/**
 * Sentiment from -1 (furious) to 1 (delighted): wink-nlp's AFINN-based scorer
 * with negation, pushed down by frustration words and shouting. A plain
 * problem report ("my parcel is lost") stays around -0.6, above the default
 * trigger threshold of -0.65; frustration goes below it.
 */
export function scoreSentiment(text: string): number {
  let score = nlp.readDoc(text.slice(0, 2000)).out(nlp.its.sentiment) as number;
  if (FRUSTRATION.test(text)) score = Math.min(score, -0.7);
  if (SHOUTING.test(text)) score -= 0.15;
  return Math.round(Math.max(-1, Math.min(1, score)) * 100) / 100;
}
