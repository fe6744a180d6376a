import "server-only";
import type { PrismaClient } from "../db/generated/client";

/** How many conversations each agent of the workspace holds now (user id → count). */
export async function activeCounts(db: PrismaClient, workspaceId: string): Promise<Map<string, number>> {
  const rows = await db.conversation.groupBy({ by: ["assigneeId"], where: { workspaceId, status: "ASSIGNED" }, _count: { _all: true } });
  return new Map(rows.filter((row) => row.assigneeId).map((row) => [row.assigneeId!, row._count._all]));
}
