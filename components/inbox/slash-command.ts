export interface SlashQuery {
  /** Index of the "/" in the text. */
  start: number;
  /** What was typed after it, up to the caret. */
  query: string;
}

/**
 * The "/query" being typed at the caret, if any: a slash at the start of the
 * text or after whitespace, with no whitespace between it and the caret — so
 * "and/or" or a URL never opens the canned-reply menu.
 */
export function findSlashQuery(text: string, caret: number): SlashQuery | null {
  const before = text.slice(0, caret);
  const match = /(?:^|\s)\/([^\s/]*)$/.exec(before);
  if (!match) return null;
  const query = match[1] ?? "";
  return { start: before.length - query.length - 1, query };
}

/** Replaces the "/query" with the reply's text; returns the new text and where the caret goes. */
export function insertAtSlash(text: string, slash: SlashQuery, replyText: string): { text: string; caret: number } {
  const end = slash.start + 1 + slash.query.length;
  return { text: text.slice(0, slash.start) + replyText + text.slice(end), caret: slash.start + replyText.length };
}
