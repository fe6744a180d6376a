import { z } from "zod";

const empty = z.object({});
/** A stream id: the server's time in ms, never decreasing on one stream. */
const streamId = z.number().int().nonnegative();

/**
 * What `GET /api/inbox/events` sends, one schema for the server that writes
 * it and the inbox that reads it. It carries ids only — the inbox refetches
 * what changed. `change`, `ready` and `resync` carry a stream id a reconnect
 * resumes from; `presence`, `typing` and `read` are live news without one.
 */
export const inboxStreamEventSchema = z.discriminatedUnion("event", [
  z.object({ event: z.literal("change"), id: streamId, data: z.object({ conversationId: z.string(), seq: z.number().int() }) }),
  z.object({ event: z.literal("ready"), id: streamId, data: empty }),
  z.object({ event: z.literal("resync"), id: streamId, data: empty }),
  z.object({ event: z.literal("presence"), data: empty }),
  z.object({ event: z.literal("typing"), data: z.object({ conversationId: z.string(), typing: z.boolean() }) }),
  z.object({ event: z.literal("read"), data: z.object({ conversationId: z.string(), seq: z.number().int().nonnegative() }) }),
]);
export type InboxStreamEvent = z.infer<typeof inboxStreamEventSchema>;
