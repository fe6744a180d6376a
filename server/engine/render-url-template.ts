import { TEMPLATE_VARIABLE } from "../flow/template-variable";
import type { VariableValue } from "./engine-state";
import { fillVariable } from "./fill-variable";

/**
 * Fills {{variables}} into a URL, each value percent-encoded
 * (encodeURIComponent): a customer's `../admin?x#` stays one path segment or
 * one query value and cannot change where the request goes. A fallback
 * (`{{lang | fallback: "en"}}`) stands in for an empty or unknown value and is
 * encoded the same way. The scheme and host are the admin's, written out in
 * the template.
 */
export function renderUrlTemplate(template: string, variables: Record<string, VariableValue | undefined>): string {
  return template
    .replace(TEMPLATE_VARIABLE, (_, name: string, fallback: string | undefined) => {
      // toWellFormed: a lone surrogate would make encodeURIComponent throw.
      return encodeURIComponent(fillVariable(variables, name, fallback).toWellFormed());
    })
    .trim();
}
