import "server-only";
import type { PrismaClient } from "../db/generated/client";
import { activeCounts } from "./active-counts";

/** The workspace's people for the transfer picker: presence, load and capacity, teams. */
export async function listInboxAgents(db: PrismaClient, workspaceId: string) {
  const [memberships, active] = await Promise.all([
    db.membership.findMany({
      where: { workspaceId },
      include: { user: { select: { name: true } }, teams: { select: { teamId: true } } },
      orderBy: { user: { name: "asc" } },
    }),
    activeCounts(db, workspaceId),
  ]);
  return memberships.map((m) => ({
    userId: m.userId,
    name: m.user.name,
    presence: m.presence,
    activeCount: active.get(m.userId) ?? 0,
    maxConcurrent: m.maxConcurrent,
    teamIds: m.teams.map((t) => t.teamId),
  }));
}
