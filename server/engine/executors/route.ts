import { evaluateRule } from "../evaluate-rule";
import type { Executor } from "../executor";
import { readVariable } from "../read-variable";

export const routeExecutor: Executor<"route"> = {
  enter: async (node, ctx) => {
    const variables = ctx.variables();
    const intentName = ctx.state.intent?.name.toLowerCase() ?? null;
    const rule = node.data.rules.find((candidate) => {
      const byIntent = candidate.intent ? intentName === candidate.intent.toLowerCase() : null;
      const byVariable = candidate.variable ? evaluateRule(readVariable(variables, candidate.variable), candidate.operator, candidate.value) : null;
      if (byIntent === null && byVariable === null) return false;
      return byIntent !== false && byVariable !== false;
    });
    ctx.state.teamId = rule ? rule.teamId : node.data.defaultTeamId;
    ctx.state.variables.team_name = ctx.teamName(ctx.state.teamId);
    return { port: rule ? rule.id : "default" };
  },
};
