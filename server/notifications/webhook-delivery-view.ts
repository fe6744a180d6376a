import type { Prisma } from "../db/generated/client";

/** A delivery as the log shows it (not its payload, which may be long). */
export const webhookDeliveryView = {
  id: true,
  eventId: true,
  type: true,
  status: true,
  attempts: true,
  responseStatus: true,
  durationMs: true,
  error: true,
  nextAttemptAt: true,
  lastAttemptAt: true,
  deliveredAt: true,
  createdAt: true,
} satisfies Prisma.WebhookDeliverySelect;

export type WebhookDeliveryView = Prisma.WebhookDeliveryGetPayload<{ select: typeof webhookDeliveryView }>;
