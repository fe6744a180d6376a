import "server-only";
import type { PrismaClient } from "../db/generated/client";
import { DomainError } from "../errors";
import type { ApiTokenIdInput } from "./api-token-schemas";
import { findApiToken, TOKEN_GONE } from "./find-api-token";

/** Removes a revoked token from the list. An active token must be revoked first, so deleting never skips that confirmation. */
export async function deleteApiToken(db: PrismaClient, workspaceId: string, input: ApiTokenIdInput) {
  const token = await findApiToken(db, workspaceId, input.tokenId);
  if (!token.revokedAt) throw new DomainError("CONFLICT", "Revoke this token before deleting it.");
  // Only while still revoked and still there: another admin may have deleted it meanwhile.
  const deleted = await db.apiToken.deleteMany({ where: { id: token.id, workspaceId, revokedAt: { not: null } } });
  if (deleted.count === 0) throw new DomainError("NOT_FOUND", TOKEN_GONE);
  return { tokenId: token.id };
}
