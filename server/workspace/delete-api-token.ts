import "server-only";
import type { PrismaClient } from "../db/generated/client";
import { DomainError } from "../errors";
import type { ApiTokenIdInput } from "./api-token-schemas";
import { findApiToken } from "./find-api-token";

/** Removes a revoked token from the list. An active token must be revoked first, so deleting never skips that confirmation. */
export async function deleteApiToken(db: PrismaClient, workspaceId: string, input: ApiTokenIdInput) {
  const token = await findApiToken(db, workspaceId, input.tokenId);
  if (!token.revokedAt) throw new DomainError("CONFLICT", "Revoke this token before deleting it.");
  await db.apiToken.delete({ where: { id: token.id } });
  return { tokenId: token.id };
}
