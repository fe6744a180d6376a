/** An event of one of the streams: its name, its JSON data and, for those a reconnect resumes from, an id. */
export interface SseEventShape {
  event: string;
  id?: number | string;
  data: unknown;
}

/** One SSE frame: `id:` (when the event has one), `event:`, `data:` as one line of JSON, and the blank line that ends it. */
export function formatSseFrame(event: SseEventShape): string {
  return `${event.id === undefined ? "" : `id: ${event.id}\n`}event: ${event.event}\ndata: ${JSON.stringify(event.data)}\n\n`;
}
