import "server-only";
import type { Runtime } from "../runtime/runtime";
import { deliverWebhooks } from "./deliver-webhooks";
import { webhookDeliveryView } from "./webhook-delivery-view";

/** Attempts one delivery now and waits for it (at most the attempt timeout): an admin pressing a button wants to see the answer. */
export async function sendDeliveryNow(runtime: Runtime, deliveryId: string) {
  await deliverWebhooks(runtime, runtime.now(), { ids: [deliveryId] });
  return runtime.db.webhookDelivery.findUniqueOrThrow({ where: { id: deliveryId }, select: webhookDeliveryView });
}
