import type { VariableValue } from "./engine-state";
import { TEMPLATE_VARIABLE } from "../flow/template-variable";
import { fillVariable } from "./fill-variable";

/**
 * Fills {{variables}}. An unknown or empty one becomes its fallback
 * (`{{customer.name | fallback: "there"}}`) or "" (the validator warns about
 * unknown names); a space left before , . ! ? by an empty one goes too, so
 * "Hi {{customer.name}}, welcome back." reads "Hi, welcome back." rather than
 * "Hi , welcome back.".
 */
export function renderTemplate(text: string, variables: Record<string, VariableValue | undefined>): string {
  let output = "";
  let last = 0;
  for (const match of text.matchAll(TEMPLATE_VARIABLE)) {
    const [whole, name, fallback] = match;
    const filled = fillVariable(variables, name!, fallback);
    output += text.slice(last, match.index) + filled;
    last = match.index + whole.length;
    if (filled === "" && /[,.!?]/.test(text.charAt(last))) output = withoutTrailingSpace(output);
  }
  return (output + text.slice(last)).replace(/[ \t]{2,}/g, " ").trim();
}

function withoutTrailingSpace(text: string): string {
  let end = text.length;
  while (end > 0 && (text[end - 1] === " " || text[end - 1] === "\t")) end--;
  return text.slice(0, end);
}
