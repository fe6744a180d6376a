/** The server's limit (server/conversations/chat-input-schemas.ts); copied, because importing it would ship zod to the chat page. */
export const MAX_MESSAGE_LENGTH = 4000;
/** The counter appears from here, so nobody hits the limit by surprise. */
export const COUNTER_FROM = Math.floor(MAX_MESSAGE_LENGTH * 0.9);

/** The counter's text and whether the message can go: null while far below the limit. */
export function lengthStatus(text: string): { label: string; over: boolean } | null {
  const length = text.length;
  if (length < COUNTER_FROM) return null;
  if (length > MAX_MESSAGE_LENGTH) {
    const by = length - MAX_MESSAGE_LENGTH;
    return { label: `Too long by ${by.toLocaleString("en")} character${by === 1 ? "" : "s"}`, over: true };
  }
  return { label: `${length.toLocaleString("en")} / ${MAX_MESSAGE_LENGTH.toLocaleString("en")}`, over: false };
}
