// npm run bench:analytics-profile — which of the dashboard's queries take the time: each query function of
// loadAnalytics timed alone (median of BENCH_RUNS, after a warm-up) on the database bench/analytics.ts generated
// (BENCH_DB=pglite: its PGlite folder; else the PostgreSQL database), for 90 days by default (BENCH_PRESET), unfiltered or with
// BENCH_FILTER=flow|team|agent.
import { analyticsFilterSchema } from "../server/analytics/analytics-schemas";
import { queryCallbacks } from "../server/analytics/query-callbacks";
import { queryConversationFigures } from "../server/analytics/query-conversation-figures";
import { queryCsat } from "../server/analytics/query-csat";
import { queryDailySeries, queryHandoffBreakdowns } from "../server/analytics/query-breakdowns";
import { queryHandoffSet } from "../server/analytics/query-handoff-set";
import { resolveAnalyticsScope } from "../server/analytics/resolve-analytics-scope";
import { withAnalyticsSession } from "../server/analytics/with-analytics-session";
import { connectDatabase } from "../server/db/connect-database";
import type { DbClient } from "../server/db/db-client";

process.env.AUTH_SECRET ??= "bench-analytics-secret-bench-analytics-secret";
const KIND = process.env.BENCH_DB === "pglite" ? "pglite" : "postgres";
const N = Number(process.env.BENCH_CONVERSATIONS ?? (KIND === "pglite" ? 100_000 : 1_000_000));
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const PRESET = (process.env.BENCH_PRESET ?? "90d") as "7d" | "90d";
const NOW = new Date("2026-11-30T12:00:00Z");

async function main() {
  const server = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL ?? "postgresql://tandem_ci:tandem_ci@127.0.0.1:5432/postgres";
  const url = new URL(server);
  url.pathname = `/${process.env.BENCH_DB_NAME ?? "tandem_bench_analytics"}`;
  const database =
    KIND === "pglite"
      ? await connectDatabase({ kind: "pglite", dataDir: process.env.BENCH_PGLITE_DIR ?? `.data/bench-analytics-${N}` })
      : await connectDatabase({ kind: "postgres", url: url.toString() });
  const db = database.prisma;
  const workspace = await db.workspace.findFirstOrThrow({ where: { slug: "acme" } });
  const reader = { workspaceId: workspace.id, role: "ADMIN" as const, membershipId: null };
  // BENCH_FILTER: "flow", "team" or "agent" adds the workspace's flow, its first team or its busiest agent as a filter.
  const flow = process.env.BENCH_FILTER === "flow" ? { flowId: (await db.flow.findFirstOrThrow({ where: { workspaceId: workspace.id } })).id } : {};
  const team =
    process.env.BENCH_FILTER === "team"
      ? { teamId: (await db.team.findFirstOrThrow({ where: { workspaceId: workspace.id }, orderBy: { name: "asc" } })).id }
      : {};
  const agent =
    process.env.BENCH_FILTER === "agent"
      ? {
          agentId: (
            await db.$queryRawUnsafe<{ id: string }[]>(
              `SELECT "acceptedById" AS "id" FROM "Handoff" WHERE "workspaceId" = $1 AND "acceptedById" IS NOT NULL GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 1`,
              workspace.id,
            )
          )[0]!.id,
        }
      : {};
  const scope = await resolveAnalyticsScope(db, reader, analyticsFilterSchema.parse({ preset: PRESET, ...flow, ...team, ...agent }), NOW);
  const queries: [string, (tx: DbClient) => Promise<unknown>][] = [
    ["conversation figures", (tx) => queryConversationFigures(tx, scope)],
    ["handoff set", (tx) => queryHandoffSet(tx, scope)],
    ["handoff breakdowns", (tx) => queryHandoffBreakdowns(tx, scope)],
    ["daily series", (tx) => queryDailySeries(tx, scope)],
    ["csat", (tx) => queryCsat(tx, scope)],
    ["callbacks", (tx) => queryCallbacks(tx, scope, NOW)],
  ];
  const rolled = await db.analyticsRollupDay.count({ where: { rolledAt: { not: null } } });
  console.log(
    `${KIND}, ${N.toLocaleString("en")} conversations, ${PRESET}${process.env.BENCH_FILTER ? ` ${process.env.BENCH_FILTER} filter` : ""}, ${rolled} days rolled up; median of ${RUNS} runs after a warm-up:`,
  );
  const explain = process.env.BENCH_EXPLAIN;
  if (explain) {
    // The plans of one query's statements (EXPLAIN ANALYZE), instead of timings.
    const [, query] = queries.find(([label]) => label === explain) ?? [];
    if (!query) throw new Error(`BENCH_EXPLAIN: one of ${queries.map(([label]) => label).join(", ")}`);
    await withAnalyticsSession(db, (tx) => {
      const explaining = new Proxy(tx, {
        get(target, key) {
          if (key !== "$queryRawUnsafe") return Reflect.get(target, key) as unknown;
          return async (sql: string, ...values: unknown[]) => {
            const plan = await target.$queryRawUnsafe<{ "QUERY PLAN": string }[]>(`EXPLAIN (ANALYZE, COSTS OFF) ${sql}`, ...values);
            console.log(plan.map((row) => row["QUERY PLAN"]).join("\n"), "\n");
            return target.$queryRawUnsafe(sql, ...values);
          };
        },
      });
      return query(explaining);
    });
    await database.close();
    return;
  }
  let total = 0;
  for (const [label, query] of queries) {
    await withAnalyticsSession(db, query);
    const ms: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const t0 = performance.now();
      await withAnalyticsSession(db, query);
      ms.push(performance.now() - t0);
    }
    const median = ms.sort((a, b) => a - b)[Math.floor(ms.length / 2)]!;
    total += median;
    console.log(`  ${label.padEnd(22)} ${median.toFixed(0).padStart(6)} ms`);
  }
  console.log(`  ${"sum".padEnd(22)} ${total.toFixed(0).padStart(6)} ms`);
  await database.close();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
