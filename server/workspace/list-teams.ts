import type { PrismaClient } from "../db/generated/client";

/** Teams with their people and opening hours, for Settings → Teams. */
export async function listTeams(db: PrismaClient, workspaceId: string) {
  const teams = await db.team.findMany({
    where: { workspaceId },
    orderBy: { name: "asc" },
    include: {
      businessHours: true,
      members: { include: { membership: { include: { user: { select: { name: true } } } } } },
    },
  });
  return teams.map((team) => ({
    id: team.id,
    name: team.name,
    skills: team.skills,
    languages: team.languages,
    maxWaitSeconds: team.maxWaitSeconds,
    assignmentPolicy: team.assignmentPolicy,
    members: team.members.map((m) => m.membership.user.name).sort(),
    businessHours: team.businessHours && {
      name: team.businessHours.name,
      timeZone: team.businessHours.timeZone,
      weeklySlots: team.businessHours.weeklySlots as { day: number; open: string; close: string }[],
      holidays: team.businessHours.holidays as { date: string; name: string }[],
    },
  }));
}
