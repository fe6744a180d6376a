import "server-only";
import type { PrismaClient } from "../db/generated/client";
import { findWebhookEndpoint } from "./find-webhook-endpoint";
import { webhookDeliveryView } from "./webhook-delivery-view";
import type { WebhookIdInput } from "./webhook-schemas";

export const DELIVERY_LOG_SIZE = 50;

/** An endpoint's delivery log: its latest 50 deliveries, newest first. */
export async function listWebhookDeliveries(db: PrismaClient, workspaceId: string, input: WebhookIdInput) {
  await findWebhookEndpoint(db, workspaceId, input.endpointId);
  return db.webhookDelivery.findMany({
    where: { endpointId: input.endpointId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: DELIVERY_LOG_SIZE,
    select: webhookDeliveryView,
  });
}
