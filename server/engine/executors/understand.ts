import { waitAt } from "../engine-state";
import type { Executor } from "../executor";
import { classifyInto } from "./classify-into";

export const understandExecutor: Executor<"understand"> = {
  enter: async (node, ctx) => {
    ctx.say(node.data.text, {}, node.id);
    return { wait: waitAt(node.id, "intent") };
  },
  receive: async (node, ctx, answer) => {
    const intent = await classifyInto(ctx, answer.text, node.data.intents, node.data.threshold);
    return { port: intent ? intent.id : "low_confidence" };
  },
};
