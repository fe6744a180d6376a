import "server-only";
import { DomainError } from "../errors";
import { API_TOKEN_PREFIX } from "./generate-api-token";
import { hashApiToken } from "./hash-api-token";
import type { DbClient } from "../db/db-client";

/** "Last used" is shown to the minute: a busy script should not write the token's row on every request. */
const LAST_USED_GRANULARITY_MS = 60_000;

/**
 * The workspace of an active API token, or an UNAUTHORIZED error. Read from
 * the database on every request (no cache), so a revoked token is refused
 * from the next request on.
 */
export async function verifyApiToken(db: DbClient, token: string | null, now: Date) {
  if (!token?.startsWith(API_TOKEN_PREFIX)) throw new DomainError("UNAUTHORIZED", "Send a workspace API token as 'Authorization: Bearer tdm_…'.");
  const row = await db.apiToken.findUnique({
    where: { tokenHash: hashApiToken(token) },
    select: { id: true, workspaceId: true, revokedAt: true, lastUsedAt: true, createdById: true },
  });
  if (!row || row.revokedAt) throw new DomainError("UNAUTHORIZED", "This API token is unknown or revoked.");
  if (!row.lastUsedAt || now.getTime() - row.lastUsedAt.getTime() >= LAST_USED_GRANULARITY_MS) {
    // Conditional, so of many requests in the same minute one writes, and a later time is never replaced by an earlier one.
    const stale = new Date(now.getTime() - LAST_USED_GRANULARITY_MS);
    await db.apiToken.updateMany({ where: { id: row.id, OR: [{ lastUsedAt: null }, { lastUsedAt: { lte: stale } }] }, data: { lastUsedAt: now } });
  }
  return { workspaceId: row.workspaceId, userId: row.createdById };
}
