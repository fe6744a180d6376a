import "server-only";
import { randomUUID } from "node:crypto";
import type { Runtime } from "../runtime/runtime";
import { DomainError } from "../errors";
import { findWebhookEndpoint } from "./find-webhook-endpoint";
import { sendDeliveryNow } from "./send-delivery-now";
import { TEST_EVENT_TYPE, type WebhookIdInput } from "./webhook-schemas";

/** "Send test event": a signed `webhook.test` delivery, attempted now; returns it as the log shows it. Failures retry like any other. */
export async function sendTestWebhook(runtime: Runtime, workspaceId: string, input: WebhookIdInput) {
  const endpoint = await findWebhookEndpoint(runtime.db, workspaceId, input.endpointId);
  if (!endpoint.enabled) throw new DomainError("CONFLICT", "This endpoint is disabled. Enable it to send it a test event.");
  const now = runtime.now();
  const eventId = `evt_${randomUUID()}`;
  const data = { message: "A test event from Tandem: your endpoint receives and verifies webhooks.", endpointId: endpoint.id };
  const delivery = await runtime.db.webhookDelivery.create({
    data: {
      workspaceId,
      endpointId: endpoint.id,
      eventId,
      type: TEST_EVENT_TYPE,
      payload: { id: eventId, type: TEST_EVENT_TYPE, createdAt: now.toISOString(), workspaceId, data },
      nextAttemptAt: now,
      createdAt: now,
    },
    select: { id: true },
  });
  return sendDeliveryNow(runtime, delivery.id);
}
