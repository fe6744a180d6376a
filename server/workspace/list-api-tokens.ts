import type { PrismaClient } from "../db/generated/client";

/** API tokens as Settings shows them: never the token, only its first characters. */
export function listApiTokens(db: PrismaClient, workspaceId: string) {
  return db.apiToken.findMany({
    where: { workspaceId, revokedAt: null },
    orderBy: { createdAt: "desc" },
    select: { id: true, name: true, prefix: true, createdAt: true, lastUsedAt: true, createdBy: { select: { name: true } } },
  });
}
