import "server-only";
import type { PrismaClient } from "../db/generated/client";
import { DomainError } from "../errors";

export const TOKEN_GONE = "This API token no longer exists. Reload the page to see the current list.";

/** The workspace's token, or NOT_FOUND (another workspace's token does not exist, as far as the caller can tell). */
export async function findApiToken(db: PrismaClient, workspaceId: string, tokenId: string) {
  const token = await db.apiToken.findFirst({ where: { id: tokenId, workspaceId }, select: { id: true, revokedAt: true } });
  if (!token) throw new DomainError("NOT_FOUND", TOKEN_GONE);
  return token;
}
