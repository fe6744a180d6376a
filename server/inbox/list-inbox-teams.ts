import "server-only";
import type { PrismaClient } from "../db/generated/client";
import { isOpen } from "../handoff/business-hours";
import { hoursOf } from "../handoff/team-availability";

/** The workspace's teams for the transfer picker: open now, and how many of their agents are online. */
export async function listInboxTeams(db: PrismaClient, workspaceId: string, now: Date) {
  const teams = await db.team.findMany({
    where: { workspaceId },
    orderBy: { name: "asc" },
    include: { businessHours: true, _count: { select: { members: { where: { membership: { presence: "ONLINE" } } } } } },
  });
  return teams.map((team) => ({ id: team.id, name: team.name, open: isOpen(hoursOf(team), now), agentsOnline: team._count.members }));
}
