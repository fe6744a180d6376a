import { z } from "zod";
import { publicMessageSchema } from "./public-message-schema";
import { queueStatusSchema } from "./queue-status-schema";

/**
 * What `GET /api/v1/chat/sessions/{id}/events` sends, one schema for the
 * server that writes it and the chat that reads it. Only `message` carries
 * an id (its seq), the point a reconnect resumes from; the others are live
 * news that is never replayed.
 */
export const customerStreamEventSchema = z.discriminatedUnion("event", [
  z.object({ event: z.literal("message"), id: z.number().int().nonnegative(), data: publicMessageSchema }),
  z.object({
    event: z.literal("typing"),
    data: z.object({ kind: z.literal("typing"), author: z.enum(["customer", "agent"]), name: z.string().nullable(), typing: z.boolean() }),
  }),
  z.object({
    event: z.literal("read"),
    data: z.object({ kind: z.literal("read"), author: z.enum(["customer", "agent"]), seq: z.number().int().nonnegative() }),
  }),
  z.object({ event: z.literal("queue"), data: queueStatusSchema }),
]);
export type CustomerStreamEvent = z.infer<typeof customerStreamEventSchema>;
