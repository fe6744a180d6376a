import type { VariableValue } from "./engine-state";
import { readVariable } from "./read-variable";

const TEMPLATE_VARIABLE = /\{\{\s*([a-zA-Z_][a-zA-Z0-9_]*)\s*\}\}/g;

/** Fills {{variables}}; unknown or empty ones become "" (the validator warns about them). */
export function renderTemplate(text: string, variables: Record<string, VariableValue | undefined>): string {
  return text
    .replace(TEMPLATE_VARIABLE, (_, name: string) => {
      const value = readVariable(variables, name);
      return value === null || value === undefined ? "" : String(value);
    })
    .replace(/[ \t]{2,}/g, " ")
    .trim();
}
