const MIN_MS = 400;
const MAX_MS = 700;

/** How long the bot "types" before a message: longer texts a little longer, never long enough to feel slow. */
export function typingDelay(text: string): number {
  return Math.min(MAX_MS, MIN_MS + Math.round(text.length * 2.5));
}
