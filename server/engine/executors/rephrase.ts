import { waitAt } from "../engine-state";
import { escalationWords } from "../escalation-words";
import type { Executor } from "../executor";
import type { IntentDefinition } from "../ports";
import { classifyInto } from "./classify-into";

export const rephraseExecutor: Executor<"rephrase"> = {
  enter: async (node, ctx) => {
    // A frustrated or urgent customer is never asked to "say it another way" (only reachable with the sentiment trigger off): on to the next step.
    if (ctx.state.upset) {
      ctx.say(escalationWords(ctx.state.language).frustrated, {}, node.id);
      return { port: "still_unclear" };
    }
    ctx.state.tried.rephrases += 1;
    const intents = allIntents(ctx.flow.nodes);
    const lastMessage = ctx.state.recentMessages.at(-1);
    let question: string | null = null;
    if (ctx.ports.llm && lastMessage) {
      question = await ctx.ports.llm
        .clarify(
          lastMessage,
          intents.map((intent) => intent.name),
        )
        .catch(() => null);
    }
    ctx.say(question ?? node.data.text, {}, node.id);
    return { wait: waitAt(node.id, "intent") };
  },
  receive: async (_node, ctx, answer) => {
    const understand = ctx.flow.nodes.find((node) => node.type === "understand");
    const threshold = understand?.type === "understand" ? understand.data.threshold : 0.7;
    const intent = await classifyInto(ctx, answer.text, allIntents(ctx.flow.nodes), threshold);
    return { port: intent ? "understood" : "still_unclear" };
  },
};

/** Every intent of every Understand node of the flow, first definition of a name wins. */
function allIntents(nodes: { type: string; data: unknown }[]): IntentDefinition[] {
  const seen = new Map<string, IntentDefinition>();
  for (const node of nodes) {
    if (node.type !== "understand") continue;
    for (const intent of (node.data as { intents: IntentDefinition[] }).intents) if (!seen.has(intent.name)) seen.set(intent.name, intent);
  }
  return [...seen.values()];
}
