import "server-only";
import type { DbClient } from "../db/db-client";
import { conversationWhere, secondsBetween, SqlParams, type AnalyticsScope } from "./analytics-scope";
import { liveRangesWhere, rollupCoverage } from "./rollup-coverage";
import { rollupSpans } from "./rollup-spans";
import { selectHandoffFigures } from "./select-handoff-figures";
import { selectPeopleTables } from "./select-people-tables";
import { handoffRollupWhere, rolledValues, selectRolledHandoffFigures } from "./select-rolled-handoff-figures";
import { selectRolledPeopleTables } from "./select-rolled-people-tables";
import { REPEAT_WINDOW_DAYS, selectRepeatEscalation } from "./select-repeat-escalation";

/**
 * The handoff-level figures, the people tables and the repeat escalations in one statement: the
 * handoffs of the measured conversations (from 7 days before the previous period, for the repeats)
 * are joined to their conversations once into `hc`, and each part reads its own rows from it, its
 * result aggregated as JSON. Joining the period's handoffs to its conversations is the costly step
 * (a scan of the conversations), so sharing it saves two of the three scans the parts made apart.
 * `hc` columns: the conversation's id, start, rating and customer (e-mail, lower-cased), the
 * handoff's times, outcome, team and accepting agent, its wait, first reply and handle time in seconds
 * (computed once a row: the parts aggregate them many times), and `own` (the team or agent filter).
 * Without a team or agent filter, whole UTC days the rollups cover are read from the handoff rollups instead (counts, exact
 * value counts for the medians and percentiles, escalations with their customer) and `hc` holds only the other rows.
 */
export async function queryHandoffSet(db: DbClient, scope: AnalyticsScope) {
  const params = new SqlParams();
  const since = new Date(Date.parse(`${scope.bounds.previousStart}Z`) - REPEAT_WINDOW_DAYS * 86_400_000).toISOString().replace("Z", "");
  const found = await rollupCoverage(db, scope, since, true);
  const coverage = found && found.days.length > 0 ? found : null;
  // Value counts are read from the previous period's start only (the days before it are there for the repeat window), so no
  // span may start before it: a week filling [since, previousStart) exactly would otherwise count in the previous period.
  const periodDays = coverage ? { ...coverage, days: coverage.days.filter((day) => day >= scope.bounds.previousStart) } : null;
  const cover = periodDays ? await rollupSpans(db, scope.workspaceId, periodDays, [scope.bounds.previousStart, scope.bounds.currentStart]) : null;
  const where = coverage ? `${conversationWhere(scope, params, since)} AND ${liveRangesWhere(coverage, params)}` : conversationWhere(scope, params, since);
  const own = [
    ...(scope.teamIds ? [`h."teamId" = ANY(${params.add(scope.teamIds)}::text[])`] : []),
    ...(scope.agentId ? [`h."acceptedById" = ${params.add(scope.agentId)}`] : []),
  ];
  // With rollups, `hc` holds a few days' conversations: their handoffs are found by conversation (an index probe each), not by a
  // scan of every handoff since the range's start.
  const handoffs = coverage
    ? `"Conversation" c CROSS JOIN LATERAL (SELECT * FROM "Handoff" x WHERE x."conversationId" = c."id" OFFSET 0) h`
    : `"Handoff" h JOIN "Conversation" c ON c."id" = h."conversationId"`;
  const figures = coverage ? selectRolledHandoffFigures(scope, params, coverage) : selectHandoffFigures(scope, params);
  const people = coverage ? selectRolledPeopleTables(scope, params, coverage) : selectPeopleTables(scope, params);
  const repeat = selectRepeatEscalation(scope, params, coverage ? { where: handoffRollupWhere(scope, coverage, params, since), since } : undefined);
  const rows = await db.$queryRawUnsafe<{ figures: string | null; people: string | null; repeat: string | null }[]>(
    `WITH hc AS MATERIALIZED (
       SELECT c."id" AS "conversationId", c."createdAt", c."rating",
         lower(trim(COALESCE(c."customerEmail", c."variables"->>'email'))) AS "customer",
         h."requestedAt", h."acceptedAt", h."firstReplyAt", h."resolvedAt", h."outcome", h."teamId", h."acceptedById",
         ${secondsBetween(`h."requestedAt"`, `h."acceptedAt"`)} AS "wait", ${secondsBetween(`h."requestedAt"`, `h."firstReplyAt"`)} AS "firstReply",
         ${secondsBetween(`h."acceptedAt"`, `h."resolvedAt"`)} AS "handle",
         ${own.length ? own.join(" AND ") : "true"} AS "own"
       FROM ${handoffs}
       WHERE ${where} AND h."workspaceId" = c."workspaceId" AND h."requestedAt" >= ${params.add(since)}::timestamp
     )${coverage && cover ? `, rv AS MATERIALIZED (${rolledValues(scope, params, coverage, cover)})` : ""}
     SELECT (${figures.sql})::text AS "figures", (${people.sql})::text AS "people", (${repeat.sql})::text AS "repeat"`,
    ...params.values,
  );
  const parsed = (json: string | null | undefined) => (json ? (JSON.parse(json) as Record<string, unknown>[]) : []);
  const row = rows[0];
  return { handoffs: figures.shape(parsed(row?.figures)), people: people.shape(parsed(row?.people)), repeat: repeat.shape(parsed(row?.repeat)) };
}
