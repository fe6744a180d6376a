import "server-only";
import type { PrismaClient } from "../db/generated/client";
import { DomainError } from "../errors";
import type { ApiTokenIdInput } from "./api-token-schemas";
import { apiTokenView, apiTokenViewSelect } from "./api-token-view";
import { findApiToken, TOKEN_GONE } from "./find-api-token";

/**
 * Revokes a token: the API refuses it from the next request on (it checks
 * every request). The row stays, so the list still says who made it and when
 * it was last used. Revoking a revoked token changes nothing.
 */
export async function revokeApiToken(db: PrismaClient, workspaceId: string, input: ApiTokenIdInput, now: Date = new Date()) {
  await findApiToken(db, workspaceId, input.tokenId);
  await db.apiToken.updateMany({ where: { id: input.tokenId, workspaceId, revokedAt: null }, data: { revokedAt: now } });
  const token = await db.apiToken.findFirst({ where: { id: input.tokenId, workspaceId }, select: apiTokenViewSelect });
  if (!token) throw new DomainError("NOT_FOUND", TOKEN_GONE); // deleted by another admin meanwhile
  return apiTokenView(token);
}
