import type { Executor } from "../executor";

export const messageExecutor: Executor<"message"> = {
  enter: async (node, ctx) => {
    ctx.say(node.data.text, {}, node.id);
    return { port: "next" };
  },
};
