import "server-only";
import type { DbClient } from "../db/db-client";
import { DomainError } from "../errors";
import type { AnalyticsFilter } from "./analytics-schemas";
import type { AnalyticsScope } from "./analytics-scope";
import { localDate } from "./local-date";
import { resolvePeriod } from "./resolve-period";

/** Who reads analytics: an admin or agent of a workspace (membershipId null for a workspace API token, which reads as an admin). */
export interface AnalyticsReader {
  workspaceId: string;
  role: "ADMIN" | "AGENT";
  membershipId: string | null;
}

/**
 * Checks a filter against the workspace and the reader, and resolves it to a scope: the
 * period in the workspace's time zone (with the previous one), a flow, version, team and
 * agent that exist in this workspace (else a clear BAD_REQUEST), and — for an agent — only
 * their own teams (another team is FORBIDDEN).
 */
export async function resolveAnalyticsScope(db: DbClient, reader: AnalyticsReader, filter: AnalyticsFilter, now: Date): Promise<AnalyticsScope> {
  const workspace = await db.workspace.findUniqueOrThrow({ where: { id: reader.workspaceId }, select: { timeZone: true } });
  const timeZone = workspace.timeZone;
  const period = resolvePeriod(filter, localDate(now, timeZone));
  const { workspaceId } = reader;

  if (filter.flowVersionId && !filter.flowId) throw new DomainError("BAD_REQUEST", "Choose the flow as well as its version (flowId with flowVersionId).");
  if (filter.flowId && !(await db.flow.count({ where: { id: filter.flowId, workspaceId } }))) {
    throw new DomainError("BAD_REQUEST", `There is no flow ${filter.flowId} in this workspace. Pick a flow from the list, or clear the flow filter.`);
  }
  if (filter.flowVersionId && !(await db.flowVersion.count({ where: { id: filter.flowVersionId, flowId: filter.flowId } }))) {
    throw new DomainError("BAD_REQUEST", `Version ${filter.flowVersionId} is not a published version of this flow. Pick one from the list, or clear it.`);
  }
  if (filter.teamId && !(await db.team.count({ where: { id: filter.teamId, workspaceId } }))) {
    throw new DomainError("BAD_REQUEST", `There is no team ${filter.teamId} in this workspace. Pick a team from the list, or clear the team filter.`);
  }
  if (filter.agentId && !(await db.membership.count({ where: { userId: filter.agentId, workspaceId } }))) {
    throw new DomainError("BAD_REQUEST", `There is no member ${filter.agentId} in this workspace. Pick an agent from the list, or clear the agent filter.`);
  }

  let teamIds = filter.teamId ? [filter.teamId] : null;
  if (reader.role !== "ADMIN") {
    const own = (await db.teamMember.findMany({ where: { membershipId: reader.membershipId ?? "" }, select: { teamId: true } })).map((row) => row.teamId);
    if (filter.teamId && !own.includes(filter.teamId)) throw new DomainError("FORBIDDEN", "You can see the analytics of your own teams only.");
    teamIds = teamIds ?? own;
  }

  const [bounds] = await db.$queryRawUnsafe<{ previousStart: string; currentStart: string; end: string }[]>(
    `SELECT ((($1::date)::timestamp AT TIME ZONE $4) AT TIME ZONE 'UTC')::text AS "previousStart",
            ((($2::date)::timestamp AT TIME ZONE $4) AT TIME ZONE 'UTC')::text AS "currentStart",
            ((($3::date + 1)::timestamp AT TIME ZONE $4) AT TIME ZONE 'UTC')::text AS "end"`,
    period.previousFrom,
    period.from,
    period.to,
    timeZone,
  );
  return {
    workspaceId,
    timeZone,
    period,
    bounds: bounds!,
    flowId: filter.flowId ?? null,
    flowVersionId: filter.flowVersionId ?? null,
    channel: filter.channel ? filter.channel.toUpperCase() : null,
    teamIds,
    agentId: filter.agentId ?? null,
  };
}
