/** A piece of a message: plain text, or a link that is safe to open. */
export type TextSegment = { kind: "text"; text: string } | { kind: "link"; text: string; href: string };

const SAFE_PROTOCOLS = new Set(["http:", "https:", "mailto:"]);
// Candidates only: every match is checked again by `safeHref`, so the pattern can stay simple.
const CANDIDATE = /\b(?:https?:\/\/|mailto:)[^\s<>"]+|\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+/gi;
const TRAILING_PUNCTUATION = /[.,;:!?'"…)\]}>]+$/;
const PAIRS = new Map([
  [")", "("],
  ["]", "["],
  ["}", "{"],
]);

/** Drops punctuation that ends the sentence rather than the link, keeping closing brackets that the link opened. */
function trimTrailing(candidate: string): string {
  let link = candidate;
  for (;;) {
    const match = TRAILING_PUNCTUATION.exec(link);
    if (!match) return link;
    const last = link.at(-1)!;
    const opener = PAIRS.get(last);
    if (opener && count(link, opener) >= count(link, last)) return link;
    link = link.slice(0, -1);
  }
}

const count = (text: string, char: string) => text.split(char).length - 1;

/** The href for a candidate, or null when it is not an http(s)/mailto address. */
export function safeHref(candidate: string): string | null {
  const raw = /^(?:https?:|mailto:)/i.test(candidate) ? candidate : candidate.includes("@") && !candidate.includes(":") ? `mailto:${candidate}` : null;
  if (!raw) return null;
  try {
    const url = new URL(raw);
    if (!SAFE_PROTOCOLS.has(url.protocol)) return null;
    if (url.protocol !== "mailto:" && !url.hostname) return null;
    return url.href;
  } catch {
    return null;
  }
}

/**
 * Splits message text into text and links (http, https and mailto only —
 * never javascript: or data:). The result is rendered as React text and
 * anchors, so nothing in a message can become HTML.
 */
export function linkify(text: string): TextSegment[] {
  const segments: TextSegment[] = [];
  let cursor = 0;
  const push = (piece: string) => {
    if (!piece) return;
    const previous = segments.at(-1);
    if (previous?.kind === "text") previous.text += piece;
    else segments.push({ kind: "text", text: piece });
  };
  for (const match of text.matchAll(CANDIDATE)) {
    const link = trimTrailing(match[0]);
    const href = link ? safeHref(link) : null;
    if (!href) continue;
    push(text.slice(cursor, match.index));
    segments.push({ kind: "link", text: link, href });
    cursor = match.index + link.length;
  }
  push(text.slice(cursor));
  return segments;
}
