import type { Executor } from "../executor";

export const setVariableExecutor: Executor<"set_variable"> = {
  enter: async (node, ctx) => {
    ctx.state.variables[node.data.variable] = ctx.render(node.data.value);
    return { port: "next" };
  },
};
