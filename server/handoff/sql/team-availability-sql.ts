import { z } from "zod";
import { sqlStatement } from "../../db/sql/sql-statement";

/**
 * A team of a workspace ($1 team, $2 workspace) as routing asks about it: its
 * name, business hours (null time zone: none, always open) and how many of
 * its agents are online — one round trip.
 */
export const teamAvailabilitySql = sqlStatement({
  name: "team_availability",
  params: ["text", "text"],
  row: z.object({
    name: z.string(),
    timeZone: z.string().nullable(),
    weeklySlots: z.unknown(),
    holidays: z.unknown(),
    agentsOnline: z.number().int(),
  }),
  text: `SELECT t."name", b."timeZone", b."weeklySlots", b."holidays",
  (SELECT count(*)::int FROM "TeamMember" tm JOIN "Membership" m ON m."id" = tm."membershipId"
   WHERE tm."teamId" = t."id" AND m."presence" = 'ONLINE') AS "agentsOnline"
FROM "Team" t LEFT JOIN "BusinessHours" b ON b."id" = t."businessHoursId"
WHERE t."id" = $1 AND t."workspaceId" = $2`,
});
