/**
 * The distinct other ways a group's customers put it, in the order seen: a group of one repeated
 * message has none (the row showed "Also worded: “x”, “x”, “x”" for seven identical messages).
 * Wordings that differ only in case or surrounding spaces count as the same.
 */
export function otherWordings(texts: readonly string[], headline: string): string[] {
  const seen = new Set([headline.trim().toLowerCase()]);
  const others: string[] = [];
  for (const text of texts) {
    const key = text.trim().toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    others.push(text.trim());
  }
  return others;
}
