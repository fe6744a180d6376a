import { evaluateRule } from "../evaluate-rule";
import type { Executor } from "../executor";
import { readVariable } from "../read-variable";
import { speaks, teamForLanguage } from "../team-for-language";

export const routeExecutor: Executor<"route"> = {
  enter: async (node, ctx) => {
    const variables = ctx.variables();
    const intentName = ctx.state.intent?.name.toLowerCase() ?? null;
    const language = ctx.state.language;
    const rule = node.data.rules.find((candidate) => {
      const byIntent = candidate.intent ? intentName === candidate.intent.toLowerCase() : null;
      const byLanguage = candidate.language ? speaks([candidate.language], language) : null;
      const byVariable = candidate.variable ? evaluateRule(readVariable(variables, candidate.variable), candidate.operator, candidate.value) : null;
      if (byIntent === null && byLanguage === null && byVariable === null) return false;
      return byIntent !== false && byLanguage !== false && byVariable !== false;
    });
    const chosen = rule ? rule.teamId : node.data.defaultTeamId;
    ctx.state.teamId = node.data.matchLanguage && language ? teamForLanguage(chosen, language, ctx.state.intent?.name ?? null, ctx.teamProfiles) : chosen;
    ctx.state.variables.team_name = ctx.teamName(ctx.state.teamId);
    return { port: rule ? rule.id : "default" };
  },
};
