import type { Prisma } from "../db/generated/client";

/**
 * Locks the workspace's admin memberships for the rest of the transaction and
 * returns their ids, so two admins demoting each other at once cannot leave
 * the workspace with none.
 */
export async function lockAdmins(tx: Prisma.TransactionClient, workspaceId: string): Promise<string[]> {
  const rows = await tx.$queryRaw<{ id: string }[]>`
    SELECT "id" FROM "Membership"
    WHERE "workspaceId" = ${workspaceId} AND "role" = 'ADMIN'
    FOR UPDATE`;
  return rows.map((row) => row.id);
}
