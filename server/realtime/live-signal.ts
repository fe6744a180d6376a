import { z } from "zod";

/**
 * Short-lived news about a conversation that is never stored: someone is
 * typing, someone read up to a message, the customer's place in the queue.
 * Delivered to whoever listens now (on every instance); a listener that
 * missed one simply waits for the next.
 */
export const liveSignalSchema = z.discriminatedUnion("kind", [
  z.object({
    kind: z.literal("typing"),
    author: z.enum(["customer", "agent"]),
    /** The agent's name; null for the customer. */
    name: z.string().max(200).nullable(),
    typing: z.boolean(),
  }),
  z.object({
    kind: z.literal("read"),
    author: z.enum(["customer", "agent"]),
    /** Everything up to this message seq has been seen. */
    seq: z.number().int().nonnegative(),
  }),
]);

export type LiveSignal = z.infer<typeof liveSignalSchema>;
