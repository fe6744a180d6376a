import type { VariableValue } from "./engine-state";
import { TEMPLATE_VARIABLE } from "../flow/template-variable";
import { readVariable } from "./read-variable";

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
