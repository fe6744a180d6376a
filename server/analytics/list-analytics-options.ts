import "server-only";
import type { DbClient } from "../db/db-client";
import type { AnalyticsReader } from "./resolve-analytics-scope";

/**
 * What the dashboard's filters offer: the workspace's flows with their published versions,
 * and the teams and agents the reader may measure (an agent: their own teams and those
 * teams' members), plus the time zone days are counted in.
 */
export async function listAnalyticsOptions(db: DbClient, reader: AnalyticsReader) {
  const { workspaceId } = reader;
  const own =
    reader.role === "ADMIN"
      ? null
      : (await db.teamMember.findMany({ where: { membershipId: reader.membershipId ?? "" }, select: { teamId: true } })).map((r) => r.teamId);
  const [workspace, flows, teams, members] = await Promise.all([
    db.workspace.findUniqueOrThrow({ where: { id: workspaceId }, select: { timeZone: true } }),
    db.flow.findMany({
      where: { workspaceId },
      orderBy: { name: "asc" },
      select: { id: true, name: true, versions: { orderBy: { number: "desc" }, select: { id: true, number: true, publishedAt: true } } },
    }),
    db.team.findMany({ where: { workspaceId, ...(own ? { id: { in: own } } : {}) }, orderBy: { name: "asc" }, select: { id: true, name: true } }),
    db.membership.findMany({
      where: { workspaceId, ...(own ? { teams: { some: { teamId: { in: own } } } } : {}) },
      orderBy: { user: { name: "asc" } },
      select: { user: { select: { id: true, name: true } } },
    }),
  ]);
  return { timeZone: workspace.timeZone, flows, teams, agents: members.map((m) => m.user) };
}
