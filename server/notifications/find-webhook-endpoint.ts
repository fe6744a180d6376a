import "server-only";
import { DomainError } from "../errors";
import type { DbClient } from "../db/db-client";

/** The workspace's endpoint, or NOT_FOUND (another workspace's endpoint does not exist, as far as the caller can tell). */
export async function findWebhookEndpoint(db: DbClient, workspaceId: string, endpointId: string) {
  const endpoint = await db.webhookEndpoint.findFirst({ where: { id: endpointId, workspaceId } });
  if (!endpoint) throw new DomainError("NOT_FOUND", "This webhook endpoint no longer exists. Reload the page to see the current list.");
  return endpoint;
}
