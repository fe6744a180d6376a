import type { TurnContext } from "./turn-context";
import type { ContextPackage, HandoffReason } from "./turn-types";

/** What the agent reads first, so the customer never has to repeat themselves. */
export async function buildContextPackage(ctx: TurnContext, reason: HandoffReason): Promise<ContextPackage> {
  const { state } = ctx;
  const intent = state.intent ? { name: state.intent.name, confidence: Math.round(state.intent.confidence * 100) / 100 } : null;
  const facts = { intent: intent?.name ?? null, reason };
  const abstractive = ctx.ports.llm ? await ctx.ports.llm.summarize(state.recentMessages, facts).catch(() => null) : null;
  const summary = abstractive ?? (await ctx.ports.nlu.summarize(state.recentMessages, facts));
  return {
    summary,
    reason,
    intent,
    sentimentTrend: state.sentimentTrend,
    tried: { articles: state.tried.articles, rephrases: state.tried.rephrases },
    variables: { ...state.variables },
    lastMessages: state.recentMessages.slice(-5),
    requestedAt: ctx.ports.clock.now().toISOString(),
    cue: reason === "sentiment" ? state.escalationCue : null,
    language: state.language,
  };
}
