import type { Prisma } from "../db/generated/client";

/**
 * Revokes the active API tokens a person made in a workspace, when they leave
 * it or stop being an admin: only admins may hold tokens, and someone who
 * left must not keep the workspace's data in a script. Returns how many.
 */
export async function revokeMemberApiTokens(tx: Prisma.TransactionClient, workspaceId: string, userId: string, now: Date) {
  const revoked = await tx.apiToken.updateMany({ where: { workspaceId, createdById: userId, revokedAt: null }, data: { revokedAt: now } });
  return revoked.count;
}
