import "server-only";
import { randomUUID } from "node:crypto";
import type { Runtime } from "../runtime/runtime";
import type { Prisma } from "../db/generated/client";
import { deliverWebhooks } from "./deliver-webhooks";
import { transcriptMode } from "./transcript-column";
import type { WebhookTranscriptMode } from "./webhook-payload-schemas";
import type { WebhookEventType } from "./webhook-schemas";

export type { WebhookEventType } from "./webhook-schemas";

/**
 * Records a webhook event for every enabled endpoint of the workspace that
 * wants it, after the change it reports has committed (or inside the sweep's
 * transaction that makes it, so both commit together). Endpoints with
 * different transcript settings get the same event id with their own `data`
 * (`extra`). The first attempt is
 * started at once but never awaited; the sweep retries the rest. Never
 * throws: webhooks must not block a conversation.
 */
export async function emitWebhookEvent(
  runtime: Runtime,
  event: {
    workspaceId: string;
    type: WebhookEventType;
    data: Record<string, unknown>;
    /** Fields that depend on the endpoint's transcript setting; asked once per setting in use, only when someone listens. */
    extra?: (transcript: WebhookTranscriptMode) => Promise<Record<string, unknown>>;
  },
): Promise<void> {
  try {
    const endpoints = await runtime.db.webhookEndpoint.findMany({
      where: { workspaceId: event.workspaceId, enabled: true, events: { has: event.type } },
      select: { id: true, transcript: true },
    });
    if (endpoints.length === 0) return;
    const now = runtime.now();
    const eventId = `evt_${randomUUID()}`;
    const payloads = new Map<string, Prisma.InputJsonObject>();
    for (const column of new Set(endpoints.map((endpoint) => endpoint.transcript))) {
      const extra = event.extra ? await event.extra(transcriptMode(column)) : {};
      // Through JSON once: what is stored (and signed later) is exactly what receivers parse.
      const data = JSON.parse(JSON.stringify({ ...event.data, ...extra })) as Prisma.InputJsonObject;
      payloads.set(column, { id: eventId, type: event.type, createdAt: now.toISOString(), workspaceId: event.workspaceId, data });
    }
    const rows = await runtime.db.webhookDelivery.createManyAndReturn({
      data: endpoints.map((endpoint) => ({
        workspaceId: event.workspaceId,
        endpointId: endpoint.id,
        eventId,
        type: event.type,
        payload: payloads.get(endpoint.transcript)!,
        nextAttemptAt: now,
        createdAt: now,
      })),
      select: { id: true },
    });
    kickDelivery(
      runtime,
      rows.map((row) => row.id),
    );
  } catch (error) {
    runtime.log("error", "recording a webhook event failed", { type: event.type, error: String(error) });
  }
}

/**
 * Starts the first attempt now, not awaited. Inside a transaction (a
 * sweep's) the rows are not committed yet and the transaction's client dies
 * with it: the next sweep sends them instead.
 */
function kickDelivery(runtime: Runtime, ids: string[]): void {
  if (!("$transaction" in runtime.db)) return;
  void deliverWebhooks(runtime, runtime.now(), { ids }).catch((error: unknown) => runtime.log("error", "webhook delivery failed", { error: String(error) }));
}
