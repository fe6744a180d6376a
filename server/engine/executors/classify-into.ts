import type { IntentDefinition } from "../ports";
import type { TurnContext } from "../turn-context";

/**
 * Classifies a message against intents; on a confident match records the
 * intent (and resets the low-confidence streak), otherwise counts a miss.
 */
export async function classifyInto(ctx: TurnContext, text: string, intents: IntentDefinition[], threshold: number) {
  const result = intents.length ? await ctx.ports.nlu.classify(text, intents, ctx.state.language) : { intentId: null, confidence: 0 };
  const intent = intents.find((candidate) => candidate.id === result.intentId);
  if (intent && result.confidence >= threshold) {
    ctx.state.intent = { id: intent.id, name: intent.name, confidence: result.confidence };
    ctx.state.variables.intent = intent.name;
    ctx.state.lowConfidenceStreak = 0;
    return intent;
  }
  ctx.state.lowConfidenceStreak += 1;
  return null;
}
