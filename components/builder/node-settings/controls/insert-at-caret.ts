import { TEMPLATE_VARIABLE } from "@/server/flow/template-variable";

/** Replaces the selection [start, end) of `text` with `insertion`; the caret lands after it. */
export function insertAtCaret(text: string, start: number, end: number, insertion: string): { text: string; caret: number } {
  const from = Math.max(0, Math.min(start, text.length));
  const to = Math.max(from, Math.min(end, text.length));
  return { text: text.slice(0, from) + insertion + text.slice(to), caret: from + insertion.length };
}

/**
 * {{names}} a template uses that the flow does not know (they would render
 * empty, or as their fallback). `customer.<attribute>` comes from the host
 * site at run time, as validateFlow knows.
 */
export function unknownVariables(text: string, known: readonly string[]): string[] {
  const knownSet = new Set(known);
  const names = [...text.matchAll(TEMPLATE_VARIABLE)].map((match) => match[1]!);
  return [...new Set(names)].filter((name) => !knownSet.has(name) && !name.startsWith("customer."));
}
