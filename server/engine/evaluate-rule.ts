import type { VariableValue } from "./engine-state";

export type RuleOperator = "equals" | "not_equals" | "contains" | "greater_than" | "less_than" | "is_set" | "is_not_set";

/** One variable condition, comparing case-insensitively as text (numerically for greater/less). */
export function evaluateRule(actual: VariableValue | undefined, operator: RuleOperator, expected: string): boolean {
  const isSet = actual !== null && actual !== undefined && actual !== "";
  const text = isSet ? String(actual).trim().toLowerCase() : "";
  const want = expected.trim().toLowerCase();
  switch (operator) {
    case "is_set":
      return isSet;
    case "is_not_set":
      return !isSet;
    case "equals":
      return text === want;
    case "not_equals":
      return text !== want;
    case "contains":
      return isSet && text.includes(want);
    case "greater_than":
    case "less_than": {
      const a = Number(actual);
      const b = Number(expected);
      if (!isSet || !Number.isFinite(a) || !Number.isFinite(b)) return false;
      return operator === "greater_than" ? a > b : a < b;
    }
  }
}
