import "server-only";
import type { PrismaClient } from "../db/generated/client";
import { webhookEndpointView } from "./webhook-endpoint-view";

/** The workspace's endpoints, oldest first, each with the status of its latest delivery. */
export async function listWebhookEndpoints(db: PrismaClient, workspaceId: string) {
  const endpoints = await db.webhookEndpoint.findMany({
    where: { workspaceId },
    orderBy: { createdAt: "asc" },
    include: { deliveries: { orderBy: { createdAt: "desc" }, take: 1, select: { status: true, createdAt: true, type: true } } },
  });
  return endpoints.map((endpoint) => ({ ...webhookEndpointView(endpoint), lastDelivery: endpoint.deliveries[0] ?? null }));
}

export type WebhookEndpointSummary = Awaited<ReturnType<typeof listWebhookEndpoints>>[number];
