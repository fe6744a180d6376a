import "server-only";
import type { Prisma, PrismaClient } from "../db/generated/client";
import type { BusinessHoursSpec } from "../handoff/business-hours";
import { findTeam } from "./find-team";
import type { SetTeamHoursInput } from "./team-hours-schemas";

/**
 * Sets a team's time zone, weekly slots and holidays. Hours shared with other
 * teams (the demo's "UK office hours" serve Billing and Technical) are copied
 * first, so editing one team never changes another's.
 */
export async function setTeamHours(db: PrismaClient, workspaceId: string, input: SetTeamHoursInput) {
  const { teamId, ...rest } = input;
  // What is stored is exactly what the router reads back (server/handoff/team-availability.ts).
  const hours: BusinessHoursSpec = rest;
  const data = {
    timeZone: hours.timeZone,
    weeklySlots: hours.weeklySlots as unknown as Prisma.InputJsonValue,
    holidays: hours.holidays as unknown as Prisma.InputJsonValue,
  };
  return db.$transaction(async (tx) => {
    const team = await findTeam(tx, workspaceId, teamId);
    const sharers = team.businessHoursId ? await tx.team.count({ where: { businessHoursId: team.businessHoursId } }) : 0;
    if (team.businessHoursId && sharers === 1) {
      await tx.businessHours.update({ where: { id: team.businessHoursId }, data });
    } else {
      const own = await tx.businessHours.create({ data: { workspaceId, name: await freeName(tx, workspaceId, `${team.name} hours`), ...data } });
      await tx.team.update({ where: { id: team.id }, data: { businessHoursId: own.id } });
    }
    return { teamId, ...hours };
  });
}

/** "Billing hours", or "Billing hours (2)" when that name is taken (names are unique per workspace). */
async function freeName(tx: Prisma.TransactionClient, workspaceId: string, base: string): Promise<string> {
  const taken = new Set(
    (await tx.businessHours.findMany({ where: { workspaceId, name: { startsWith: base } }, select: { name: true } })).map((row) => row.name),
  );
  let name = base;
  for (let n = 2; taken.has(name); n++) name = `${base} (${n})`;
  return name;
}
