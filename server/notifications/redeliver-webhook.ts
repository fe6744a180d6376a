import "server-only";
import type { Runtime } from "../runtime/runtime";
import type { Prisma } from "../db/generated/client";
import { DomainError } from "../errors";
import { findWebhookEndpoint } from "./find-webhook-endpoint";
import { sendDeliveryNow } from "./send-delivery-now";
import type { DeliveryIdInput } from "./webhook-schemas";

/**
 * "Redeliver": the same event (same id and body, so receivers can tell it is
 * a repeat) as a new delivery with its own log line, attempted now.
 */
export async function redeliverWebhook(runtime: Runtime, workspaceId: string, input: DeliveryIdInput) {
  const original = await runtime.db.webhookDelivery.findFirst({ where: { id: input.deliveryId, workspaceId } });
  if (!original) throw new DomainError("NOT_FOUND", "This delivery is no longer in the log. Reload the page to see the current one.");
  const endpoint = await findWebhookEndpoint(runtime.db, workspaceId, original.endpointId);
  if (!endpoint.enabled) throw new DomainError("CONFLICT", "This endpoint is disabled. Enable it to redeliver events to it.");
  const now = runtime.now();
  const delivery = await runtime.db.webhookDelivery.create({
    data: {
      workspaceId,
      endpointId: endpoint.id,
      eventId: original.eventId,
      type: original.type,
      payload: original.payload as Prisma.InputJsonObject,
      nextAttemptAt: now,
      createdAt: now,
    },
    select: { id: true },
  });
  return sendDeliveryNow(runtime, delivery.id);
}
