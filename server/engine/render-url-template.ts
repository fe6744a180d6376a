import { TEMPLATE_VARIABLE } from "../flow/template-variable";
import type { VariableValue } from "./engine-state";
import { readVariable } from "./read-variable";

/**
 * Fills {{variables}} into a URL, each value percent-encoded
 * (encodeURIComponent): a customer's `../admin?x#` stays one path segment or
 * one query value and cannot change where the request goes. The scheme and
 * host are the admin's, written out in the template.
 */
export function renderUrlTemplate(template: string, variables: Record<string, VariableValue | undefined>): string {
  return template
    .replace(TEMPLATE_VARIABLE, (_, name: string) => {
      const value = readVariable(variables, name);
      // toWellFormed: a lone surrogate would make encodeURIComponent throw.
      return value === null || value === undefined ? "" : encodeURIComponent(String(value).toWellFormed());
    })
    .trim();
}
