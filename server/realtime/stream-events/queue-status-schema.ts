import { z } from "zod";

/** The customer's place in line (POST replies' `handoff`, and the customer stream's `queue` events). */
export const queueStatusSchema = z.object({
  position: z.number(),
  estimatedWaitSeconds: z.number(),
});
export type QueueStatus = z.infer<typeof queueStatusSchema>;
