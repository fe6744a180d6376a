import "server-only";
import type { DbClient } from "../db/db-client";
import { SqlParams, type AnalyticsScope } from "./analytics-scope";

export const DAY_MS = 86_400_000;
/** Milliseconds of a UTC timestamp text ("2026-11-23T00:00:00.000" or with a space), and back. */
export const ms = (timestamp: string) => Date.parse(`${timestamp.replace(" ", "T")}Z`);
export const ts = (time: number) => new Date(time).toISOString().replace("Z", "");

/** Which part of [since, end) the conversation rollups answer (whole UTC days, rolled up and clean) and which is read live. */
export interface RollupCoverage {
  /** Midnights (UTC, timestamp text) of the days read from "AnalyticsRollup". */
  days: string[];
  /** The rest, as [from, to) UTC timestamp-text ranges, in order. */
  live: [string, string][];
}

/**
 * The rollups cover conversation counts per flow, version and channel, and (`members`: the conversation-level queries, which read
 * rollupTable) per team and agent; the handoff rollups have no conversation-level team or agent, so there a team or an agent
 * filter reads every row live (null).
 * Read inside the dashboard's repeatable-read transaction, so the days found trusted stay so for its other statements.
 * `wholeDays`: only days wholly inside [since, end) and inside one period (the handoff rollups are per UTC day, not per
 * quarter hour: the partial days at the periods' ends in the workspace's time zone are read live).
 */
export async function rollupCoverage(db: DbClient, scope: AnalyticsScope, since: string, wholeDays = false, members = false): Promise<RollupCoverage | null> {
  if ((scope.teamIds || scope.agentId) && !members) return null;
  const rows = await db.$queryRawUnsafe<{ day: string }[]>(
    `SELECT to_char(r."day", 'YYYY-MM-DD"T"HH24:MI:SS.MS') AS "day" FROM "AnalyticsRollupDay" r
     WHERE r."workspaceId" = $1 AND r."rolledAt" IS NOT NULL AND r."day" >= date_trunc('day', $2::timestamp) AND r."day" < $3::timestamp
       AND NOT EXISTS (SELECT 1 FROM "AnalyticsRollupDirty" d WHERE d."workspaceId" = r."workspaceId" AND d."day" = r."day")
     ORDER BY r."day"`,
    scope.workspaceId,
    since,
    scope.bounds.end,
  );
  const start = ms(since);
  const end = ms(scope.bounds.end);
  if (wholeDays) {
    const splits = [start, ms(scope.bounds.previousStart), ms(scope.bounds.currentStart), end];
    const whole = rows.filter(({ day }) => ms(day) >= start && ms(day) + DAY_MS <= end && !splits.some((at) => at > ms(day) && at < ms(day) + DAY_MS));
    rows.splice(0, rows.length, ...whole);
  }
  const live: [string, string][] = [];
  let cursor = start;
  for (const { day } of rows) {
    const from = Math.max(ms(day), start);
    if (from > cursor) live.push([ts(cursor), ts(from)]);
    cursor = Math.min(ms(day) + DAY_MS, end);
  }
  if (cursor < end) live.push([ts(cursor), ts(end)]);
  return { days: rows.map((row) => row.day), live };
}

/**
 * The conversation rollup a scope reads: with a team or an agent filter "AnalyticsMemberRollup" (only conversations with a team or
 * an agent, which are all such a filter can match), else "AnalyticsRollup".
 */
export const rollupTable = (scope: AnalyticsScope) => (scope.teamIds || scope.agentId ? `"AnalyticsMemberRollup"` : `"AnalyticsRollup"`);

/**
 * The rollup rows (alias `r`, of rollupTable) of the covered days within [since, end) and the filters. A team filter is the live
 * "routed to one of the teams or a handoff to one" (the conversation's teams overlap), an agent filter "accepted one of its handoffs".
 */
export function rollupWhere(scope: AnalyticsScope, coverage: RollupCoverage, params: SqlParams, since: string): string {
  const parts = [
    `r."workspaceId" = ${params.add(scope.workspaceId)}`,
    `r."bucket" >= ${params.add(since)}::timestamp`,
    `r."bucket" < ${params.add(scope.bounds.end)}::timestamp`,
    `date_trunc('day', r."bucket") = ANY(${params.add(coverage.days)}::timestamp[])`,
  ];
  if (scope.flowId) parts.push(`r."flowId" = ${params.add(scope.flowId)}`);
  if (scope.flowVersionId) parts.push(`r."flowVersionId" = ${params.add(scope.flowVersionId)}`);
  if (scope.channel) parts.push(`r."channel" = ${params.add(scope.channel)}::"Channel"`);
  if (scope.teamIds) parts.push(`r."teamIds" && ${params.add(scope.teamIds)}::text[]`);
  if (scope.agentId) parts.push(`r."agentIds" @> ARRAY[${params.add(scope.agentId)}::text]`);
  return parts.join(" AND ");
}

/** The live ranges as a condition on `c."createdAt"` (false when none). */
export function liveRangesWhere(coverage: RollupCoverage, params: SqlParams): string {
  if (coverage.live.length === 0) return "false";
  return `(${coverage.live.map(([from, to]) => `(c."createdAt" >= ${params.add(from)}::timestamp AND c."createdAt" < ${params.add(to)}::timestamp)`).join(" OR ")})`;
}
