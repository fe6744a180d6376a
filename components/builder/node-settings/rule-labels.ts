import type { conditionOperators } from "@/server/flow/nodes/condition";

export type Operator = (typeof conditionOperators)[number];

/** Operators as words: "plan is gold", "email has a value". */
export const operatorLabels: Record<Operator, string> = {
  equals: "is",
  not_equals: "is not",
  contains: "contains",
  greater_than: "is more than",
  less_than: "is less than",
  is_set: "has a value",
  is_not_set: "is empty",
};

/** Operators that compare with nothing. */
export const needsNoValue = (operator: Operator) => operator === "is_set" || operator === "is_not_set";

/** The variable test shared by Condition and Route rules. */
export interface VariableRule {
  variable: string;
  operator: Operator;
  value: string;
}
