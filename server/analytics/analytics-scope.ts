import type { Period } from "./resolve-period";

/** Everything a query needs to select the conversations measured: resolved, checked and authorized by loadAnalytics. */
export interface AnalyticsScope {
  workspaceId: string;
  timeZone: string;
  period: Period;
  /** UTC instants (timestamp text) where the previous period starts, the current one starts, and the current one ends (exclusive). */
  bounds: { previousStart: string; currentStart: string; end: string };
  flowId: string | null;
  flowVersionId: string | null;
  /** Channel enum value (WEB, WIDGET, API). */
  channel: string | null;
  /** Teams to measure (a team filter, or an agent's own teams); null = every team and conversations with none. */
  teamIds: string[] | null;
  agentId: string | null;
}

/** Positional parameters for one raw query. */
export class SqlParams {
  readonly values: unknown[] = [];
  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

/**
 * The WHERE clause (alias `c`) of the conversations measured: of the workspace, not previews,
 * started from `since` (default: the previous period's start) to the current period's end, and
 * the filters. A conversation belongs to a team when it was routed to it or any handoff went
 * to it; to an agent when they accepted one of its handoffs.
 */
export function conversationWhere(scope: AnalyticsScope, params: SqlParams, since = scope.bounds.previousStart): string {
  const parts = [
    `c."workspaceId" = ${params.add(scope.workspaceId)}`,
    `c."channel" <> 'PREVIEW'`,
    `c."createdAt" >= ${params.add(since)}::timestamp`,
    `c."createdAt" < ${params.add(scope.bounds.end)}::timestamp`,
  ];
  if (scope.flowId) parts.push(`c."flowId" = ${params.add(scope.flowId)}`);
  if (scope.flowVersionId) parts.push(`c."flowVersionId" = ${params.add(scope.flowVersionId)}`);
  if (scope.channel) parts.push(`c."channel" = ${params.add(scope.channel)}::"Channel"`);
  // The team's or agent's conversations are found once (an uncorrelated set the planner hashes), not probed per conversation,
  // among the handoffs from `since` (a handoff comes after its conversation's start, as handoffWhere says).
  const handoffsSince = (alias: string) =>
    `${alias}."workspaceId" = ${params.add(scope.workspaceId)} AND ${alias}."requestedAt" >= ${params.add(since)}::timestamp`;
  if (scope.teamIds) {
    const teams = params.add(scope.teamIds);
    parts.push(
      `(c."teamId" = ANY(${teams}::text[]) OR c."id" IN (SELECT th."conversationId" FROM "Handoff" th WHERE ${handoffsSince("th")} AND th."teamId" = ANY(${teams}::text[])))`,
    );
  }
  if (scope.agentId)
    parts.push(`c."id" IN (SELECT ah."conversationId" FROM "Handoff" ah WHERE ${handoffsSince("ah")} AND ah."acceptedById" = ${params.add(scope.agentId)})`);
  return parts.join("\n  AND ");
}

/**
 * The extra WHERE clause (alias `h`) for handoff-level figures: the team's own handoffs, the agent's accepted ones.
 * A handoff comes after its conversation's start, so `requestedAt >= since` only narrows the scan (by the
 * workspace-and-time index) to the period's handoffs.
 */
export function handoffWhere(scope: AnalyticsScope, params: SqlParams, since = scope.bounds.previousStart): string {
  const parts = [`h."workspaceId" = ${params.add(scope.workspaceId)}`, `h."requestedAt" >= ${params.add(since)}::timestamp`];
  if (scope.teamIds) parts.push(`h."teamId" = ANY(${params.add(scope.teamIds)}::text[])`);
  if (scope.agentId) parts.push(`h."acceptedById" = ${params.add(scope.agentId)}`);
  return parts.join(" AND ");
}

/** 1 for the current period, 0 for the previous (alias `c`). */
export function currentFlag(scope: AnalyticsScope, params: SqlParams): string {
  return `(c."createdAt" >= ${params.add(scope.bounds.currentStart)}::timestamp)`;
}

/** A UTC timestamp column as a calendar day in the workspace's time zone. */
export function localDay(column: string, scope: AnalyticsScope, params: SqlParams): string {
  return `((${column} AT TIME ZONE 'UTC') AT TIME ZONE ${params.add(scope.timeZone)})::date`;
}

/** Seconds between two timestamp columns. */
export const secondsBetween = (from: string, to: string) => `EXTRACT(EPOCH FROM (${to} - ${from}))`;
