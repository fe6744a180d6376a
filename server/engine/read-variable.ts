import type { VariableValue } from "./engine-state";

/**
 * A variable's value, or undefined when the conversation has none by that
 * name — never something every object inherits (`constructor`, `toString`
 * are valid variable names).
 */
export function readVariable(variables: Readonly<Record<string, unknown>>, name: string): VariableValue | undefined {
  return Object.hasOwn(variables, name) ? (variables[name] as VariableValue | undefined) : undefined;
}
