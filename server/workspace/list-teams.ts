import type { PrismaClient } from "../db/generated/client";

/** Teams with their people and opening hours, for Settings → Teams. */
export async function listTeams(db: PrismaClient, workspaceId: string) {
  const teams = await db.team.findMany({
    where: { workspaceId },
    orderBy: { name: "asc" },
    include: {
      businessHours: { include: { teams: { select: { id: true, name: true }, orderBy: { name: "asc" } } } },
      members: { include: { membership: { select: { id: true, user: { select: { name: true } } } } } },
    },
  });
  return teams.map((team) => ({
    id: team.id,
    name: team.name,
    skills: team.skills,
    languages: team.languages,
    maxWaitSeconds: team.maxWaitSeconds,
    assignmentPolicy: team.assignmentPolicy,
    members: team.members.map((m) => ({ membershipId: m.membership.id, name: m.membership.user.name })).sort((a, b) => a.name.localeCompare(b.name)),
    businessHours: team.businessHours && {
      name: team.businessHours.name,
      timeZone: team.businessHours.timeZone,
      weeklySlots: team.businessHours.weeklySlots as { day: number; open: string; close: string }[],
      holidays: team.businessHours.holidays as { date: string; name: string }[],
      /** Other teams on the same hours: saving this team's hours gives it its own copy. */
      sharedWith: team.businessHours.teams.filter((other) => other.id !== team.id).map((other) => other.name),
    },
  }));
}

export type TeamSummary = Awaited<ReturnType<typeof listTeams>>[number];
