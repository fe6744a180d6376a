import { TEMPLATE_VARIABLE } from "@/server/flow/template-variable";

export interface FilledReply {
  text: string;
  /** Where the first placeholder left unfilled is in `text`, so the composer can select it for the agent to type over. */
  unfilled: { start: number; end: number } | null;
}

/**
 * A canned reply with its {{placeholders}} filled from the conversation.
 * Unlike a bot message, it goes to a person before it goes out: an unknown
 * or empty placeholder stays as written (and is pointed out) instead of
 * quietly becoming "" — unless it has a fallback (`{{customer_name | fallback: "there"}}`),
 * which the reply's author chose for that case.
 */
export function fillPlaceholders(text: string, values: Readonly<Record<string, string>>): FilledReply {
  let unfilled: FilledReply["unfilled"] = null;
  let output = "";
  let last = 0;
  for (const match of text.matchAll(TEMPLATE_VARIABLE)) {
    const value = Object.hasOwn(values, match[1]!) ? values[match[1]!] : undefined; // not `constructor` of Object.prototype
    const fallback = match[2];
    output += text.slice(last, match.index);
    if (value) {
      output += value;
    } else if (fallback !== undefined) {
      output += fallback;
    } else {
      unfilled ??= { start: output.length, end: output.length + match[0].length };
      output += match[0];
    }
    last = match.index + match[0].length;
  }
  return { text: output + text.slice(last), unfilled };
}
