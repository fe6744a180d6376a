/** "Sam Carter" → "SC", "acme" → "A": what an avatar shows without a picture. */
export function initials(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  const letters = words.length > 1 ? [words[0]!, words.at(-1)!] : words.slice(0, 1);
  return letters.map((word) => Array.from(word)[0]!.toUpperCase()).join("") || "?";
}

const PALETTE = ["#2952d9", "#0f766e", "#9333ea", "#c2410c", "#be123c", "#047857", "#4338ca", "#a16207"];

/** A stable colour per name, from a palette that keeps white initials readable. */
export function avatarColor(name: string): string {
  let hash = 0;
  for (const char of name) hash = (hash * 31 + char.codePointAt(0)!) >>> 0;
  return PALETTE[hash % PALETTE.length]!;
}
