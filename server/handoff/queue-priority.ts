import { evaluateRule } from "../engine/evaluate-rule";
import { readVariable } from "../engine/read-variable";
import type { PriorityRule } from "./priority-rule-schemas";

/**
 * A queued conversation's priority (higher is served first, then oldest):
 * the points of every rule of the workspace that matches — on the flow's
 * variables (compared as the Condition step does) or on the reason it was
 * handed over.
 */
export function queuePriority(reason: string, variables: Record<string, unknown>, rules: PriorityRule[]): number {
  let priority = 0;
  for (const rule of rules) {
    const matches =
      rule.kind === "reason" ? (rule.reasons as string[]).includes(reason) : evaluateRule(readVariable(variables, rule.variable), rule.operator, rule.value);
    if (matches) priority += rule.boost;
  }
  return priority;
}
