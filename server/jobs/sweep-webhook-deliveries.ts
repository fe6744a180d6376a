import "server-only";
import type { Runtime } from "../runtime/runtime";
import { deliverWebhooks } from "../notifications/deliver-webhooks";

/**
 * Webhook deliveries that are due (first attempts an emit could not start,
 * and retries), up to 50 at once in parallel, so one pass takes at most one
 * attempt's timeout. Returns how many attempts were made.
 */
export function sweepWebhookDeliveries(runtime: Runtime, now: Date): Promise<number> {
  return deliverWebhooks(runtime, now, { limit: 50 });
}
