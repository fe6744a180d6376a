import type { TeamAvailability } from "../engine/ports";
import { holidaySchema, isOpen, weeklySlotSchema, type BusinessHoursSpec } from "./business-hours";
import type { DbClient } from "../db/db-client";
import { teamAvailabilitySql } from "./sql/team-availability-sql";

/** A team's business hours, parsed; null when the team has none (always open). */
export function hoursOf(team: { businessHours: { timeZone: string; weeklySlots: unknown; holidays: unknown } | null }): BusinessHoursSpec | null {
  if (!team.businessHours) return null;
  return {
    timeZone: team.businessHours.timeZone,
    weeklySlots: weeklySlotSchema.array().catch([]).parse(team.businessHours.weeklySlots),
    holidays: holidaySchema.array().catch([]).parse(team.businessHours.holidays),
  };
}

/** Is the team open now, and how many of its agents are online (busy or not)? */
export async function teamAvailability(db: DbClient, workspaceId: string, teamId: string, now: Date): Promise<TeamAvailability | null> {
  const [team] = await teamAvailabilitySql.query(db, teamId, workspaceId);
  if (!team) return null;
  const { timeZone, weeklySlots, holidays } = team;
  const hours = hoursOf({ businessHours: timeZone === null ? null : { timeZone, weeklySlots, holidays } });
  return { name: team.name, open: isOpen(hours, now), agentsOnline: team.agentsOnline, timeZone: hours?.timeZone ?? "UTC" };
}
