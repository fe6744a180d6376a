import { evaluateRule } from "../evaluate-rule";
import type { Executor } from "../executor";
import { readVariable } from "../read-variable";

export const conditionExecutor: Executor<"condition"> = {
  enter: async (node, ctx) => {
    const variables = ctx.variables();
    const results = node.data.rules.map((rule) => evaluateRule(readVariable(variables, rule.variable), rule.operator, rule.value));
    const pass = node.data.match === "all" ? results.every(Boolean) : results.some(Boolean);
    return { port: pass ? "true" : "false" };
  },
};
