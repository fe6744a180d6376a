/** "billing, Refunds ," → ["billing", "Refunds"]; the server lower-cases and removes duplicates. */
export const parseTagList = (text: string): string[] =>
  text
    .split(",")
    .map((tag) => tag.trim())
    .filter(Boolean);
