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
  // What the bot did not understand, for Analytics → Unrecognised (the best guess helps the admin pick the intent).
  const best = intents.find((candidate) => candidate.id === result.intentId);
  ctx.events.push({
    type: "unrecognised",
    nodeId: ctx.state.waiting?.nodeId,
    data: { text: text.slice(0, 500), confidence: Math.round(result.confidence * 1000) / 1000, guess: best?.name ?? null },
  });
  return null;
}
