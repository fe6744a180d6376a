import "server-only";
import type { Runtime } from "../runtime/runtime";
import type { Prisma } from "../db/generated/client";
import { outboundPolicyOf } from "../outbound/outbound-policy-of";
import { postWebhook } from "./post-webhook";
import { signWebhook } from "./sign-webhook";
import { ATTEMPT_TIMEOUT_MS, CLAIM_LEASE_MS, MAX_ATTEMPTS, nextRetryAt } from "./webhook-retry";

interface Claimed {
  id: string;
  endpointId: string;
  type: string;
  payload: { id: string; type: string; createdAt: string; workspaceId: string; data: unknown };
  attempts: number;
}

/**
 * Sends the deliveries that are due (or just `ids`, when an emit kicks its
 * own), as of `now`. Each is claimed in one statement, FOR UPDATE SKIP
 * LOCKED, by moving its next attempt a lease ahead and counting the attempt:
 * several instances never send one attempt twice, no transaction stays open
 * during the HTTP call, and an attempt lost with its process is retried when
 * the lease ends. Returns how many attempts were made.
 */
export async function deliverWebhooks(runtime: Runtime, now: Date, options: { ids?: string[]; limit?: number } = {}): Promise<number> {
  const claimed = await runtime.db.$queryRawUnsafe<Claimed[]>(
    `UPDATE "WebhookDelivery" d SET "attempts" = d."attempts" + 1, "lastAttemptAt" = $1::timestamptz AT TIME ZONE 'UTC',
            "nextAttemptAt" = $2::timestamptz AT TIME ZONE 'UTC'
     WHERE d."id" IN (
       SELECT "id" FROM "WebhookDelivery"
       WHERE "status" = 'PENDING' AND "nextAttemptAt" <= $1::timestamptz AT TIME ZONE 'UTC' AND ($3::text[] IS NULL OR "id" = ANY($3::text[]))
       ORDER BY "nextAttemptAt" LIMIT $4 FOR UPDATE SKIP LOCKED)
     RETURNING d."id", d."endpointId", d."type", d."payload", d."attempts"`,
    now.toISOString(),
    new Date(now.getTime() + CLAIM_LEASE_MS).toISOString(),
    options.ids ?? null,
    options.limit ?? 20,
  );
  if (claimed.length === 0) return 0;
  const endpoints = await runtime.db.webhookEndpoint.findMany({
    where: { id: { in: [...new Set(claimed.map((row) => row.endpointId))] } },
    select: { id: true, url: true, secret: true, enabled: true },
  });
  const byId = new Map(endpoints.map((endpoint) => [endpoint.id, endpoint]));
  await Promise.all(claimed.map((row) => attempt(runtime, now, row, byId.get(row.endpointId))));
  return claimed.length;
}

async function attempt(runtime: Runtime, now: Date, row: Claimed, endpoint: { url: string; secret: string; enabled: boolean } | undefined) {
  try {
    if (!endpoint?.enabled) {
      await record(runtime, row.id, { status: "FAILED", nextAttemptAt: null, error: "The endpoint was disabled before this delivery went out." });
      return;
    }
    // The documented field order; the stored JSON (jsonb) does not keep it.
    const { id, type, createdAt, workspaceId, data } = row.payload;
    const body = JSON.stringify({ id, type, createdAt, workspaceId, data });
    const timestamp = String(Math.floor(now.getTime() / 1000));
    const outcome = await postWebhook(
      endpoint.url,
      {
        "content-type": "application/json",
        "user-agent": "Tandem-Webhooks/1",
        "x-tandem-event": row.type,
        "x-tandem-delivery": row.id,
        "x-tandem-timestamp": timestamp,
        "x-tandem-signature": signWebhook(endpoint.secret, timestamp, body),
      },
      body,
      ATTEMPT_TIMEOUT_MS,
      outboundPolicyOf(runtime),
    );
    if (outcome.refused)
      runtime.log("error", "webhook delivery refused by the outbound guard", { deliveryId: row.id, endpointId: row.endpointId, reason: outcome.error });
    const retryAt = outcome.delivered || row.attempts >= MAX_ATTEMPTS ? null : nextRetryAt(row.attempts, now);
    await record(runtime, row.id, {
      status: outcome.delivered ? "DELIVERED" : retryAt ? "PENDING" : "FAILED",
      nextAttemptAt: retryAt,
      deliveredAt: outcome.delivered ? now : null,
      responseStatus: outcome.status,
      responseBody: outcome.body,
      durationMs: outcome.durationMs,
      error: outcome.error,
    });
  } catch (error) {
    // The lease ends and the sweep tries again.
    runtime.log("error", "webhook delivery failed", { deliveryId: row.id, error: String(error) });
  }
}

function record(runtime: Runtime, id: string, data: Prisma.WebhookDeliveryUpdateManyMutationInput) {
  // updateMany: the endpoint (and its log) may have been deleted meanwhile.
  return runtime.db.webhookDelivery.updateMany({ where: { id }, data });
}
