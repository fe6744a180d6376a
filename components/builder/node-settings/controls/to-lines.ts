/** The non-empty, trimmed lines of a text. */
export const toLines = (text: string) =>
  text
    .split("\n")
    .map((line) => line.trim())
    .filter(Boolean);
