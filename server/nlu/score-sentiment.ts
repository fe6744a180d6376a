import winkNLP from "wink-nlp";
import model from "wink-eng-lite-web-model";

const nlp = winkNLP(model, ["sbd", "negation", "sentiment"]);

/** Support-chat frustration that general-purpose lexicons miss. */
const FRUSTRATION = /\b(ridiculous|taking forever|still waiting|(is|a) joke|ffs|wtf|unacceptable|fed up|sick of|third time|again and again|nobody (helps|answers)|waste of time)\b/i;

/** Sentiment from -1 (furious) to 1 (delighted): wink-nlp's AFINN-based scorer with negation, plus a few support phrases. */
export function scoreSentiment(text: string): number {
  const score = nlp.readDoc(text.slice(0, 2000)).out(nlp.its.sentiment) as number;
  const adjusted = FRUSTRATION.test(text) ? Math.min(score, -0.6) : score;
  return Math.max(-1, Math.min(1, adjusted));
}
