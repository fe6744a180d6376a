import type { PrismaClient } from "../db/generated/client";
import type { TeamAvailability } from "../engine/ports";
import { holidaySchema, isOpen, weeklySlotSchema, type BusinessHoursSpec } from "./business-hours";

/** A team's business hours, parsed; null when the team has none (always open). */
export function hoursOf(team: { businessHours: { timeZone: string; weeklySlots: unknown; holidays: unknown } | null }): BusinessHoursSpec | null {
  if (!team.businessHours) return null;
  return {
    timeZone: team.businessHours.timeZone,
    weeklySlots: weeklySlotSchema.array().catch([]).parse(team.businessHours.weeklySlots),
    holidays: holidaySchema.array().catch([]).parse(team.businessHours.holidays),
  };
}

/** Is the team open now, and how many online agents have room for one more conversation? */
export async function teamAvailability(db: PrismaClient, workspaceId: string, teamId: string, now: Date): Promise<TeamAvailability | null> {
  const team = await db.team.findFirst({
    where: { id: teamId, workspaceId },
    include: {
      businessHours: true,
      members: { where: { membership: { presence: "ONLINE" } }, select: { membership: { select: { userId: true, maxConcurrent: true } } } },
    },
  });
  if (!team) return null;
  const online = team.members.map((member) => member.membership);
  let agentsAvailable = 0;
  if (online.length) {
    const load = await db.conversation.groupBy({
      by: ["assigneeId"],
      where: { workspaceId, status: "ASSIGNED", assigneeId: { in: online.map((agent) => agent.userId) } },
      _count: { _all: true },
    });
    const counts = new Map(load.map((row) => [row.assigneeId, row._count._all]));
    agentsAvailable = online.filter((agent) => (counts.get(agent.userId) ?? 0) < agent.maxConcurrent).length;
  }
  const hours = hoursOf(team);
  return { name: team.name, open: isOpen(hours, now), agentsAvailable, timeZone: hours?.timeZone ?? "UTC" };
}
