import type { VariableValue } from "./engine-state";

const TEMPLATE_VARIABLE = /\{\{\s*([a-zA-Z_][a-zA-Z0-9_]*)\s*\}\}/g;

/** Fills {{variables}}; unknown or empty ones become "" (the validator warns about them). */
export function renderTemplate(text: string, variables: Record<string, VariableValue | undefined>): string {
  return text
    .replace(TEMPLATE_VARIABLE, (_, name: string) => {
      const value = Object.hasOwn(variables, name) ? variables[name] : undefined; // never `constructor` of Object.prototype
      return value === null || value === undefined ? "" : String(value);
    })
    .replace(/[ \t]{2,}/g, " ")
    .trim();
}
