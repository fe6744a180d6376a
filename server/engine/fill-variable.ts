import type { VariableValue } from "./engine-state";
import { readVariable } from "./read-variable";

/** What one {{variable}} becomes: its value as text or, when it has none or an empty one, its fallback (else ""). */
export function fillVariable(variables: Record<string, VariableValue | undefined>, name: string, fallback: string | undefined): string {
  const value = readVariable(variables, name);
  const text = value === null || value === undefined ? "" : String(value);
  return text === "" ? (fallback ?? "") : text;
}
