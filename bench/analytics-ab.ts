// npm run bench:analytics-ab — the dashboard (loadAnalytics) of two checkouts interleaved on the database bench/analytics.ts
// generated and rolled up (kept: only days marked dirty are rolled again, then ANALYZE): BENCH_A (default /work/main) and this checkout, for 7 and 90
// days, unfiltered, with a team, an agent (the one with most accepted handoffs) and a flow filter; each run also times a plain count(*) over the period's rows.
// Prints min / median / max of BENCH_RUNS runs (after a warm-up) and whether both give the same figures. This checkout's
// migrations are applied first and its span sweep run (the other checkout ignores tables it does not know). BENCH_CASES picks cases.
import path from "node:path";
import { analyticsFilterSchema } from "../server/analytics/analytics-schemas";
import { rollUpAnalytics } from "../server/analytics/roll-up-analytics";
import { rollUpSpans } from "../server/analytics/roll-up-spans";
import { connectDatabase } from "../server/db/connect-database";
import type { DbClient } from "../server/db/db-client";
import { migrateDatabase } from "../server/db/migrate-database";

process.env.AUTH_SECRET ??= "bench-analytics-secret-bench-analytics-secret";
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const NOW = new Date("2026-11-30T12:00:00Z");
/** Only these cases (e.g. "90d unfiltered,7d flow filter"); all when unset. */
const CASES = process.env.BENCH_CASES?.split(",").map((c) => c.trim());
type Load = (db: DbClient, reader: unknown, filter: unknown, now: Date) => Promise<unknown>;

const stats = (ms: number[]) => {
  const s = [...ms].sort((a, b) => a - b);
  return `${s[0]!.toFixed(0)} / ${s[Math.floor(s.length / 2)]!.toFixed(0)} / ${s.at(-1)!.toFixed(0)} ms`;
};

async function main() {
  const server = process.env.BENCH_DATABASE_URL ?? "postgresql://tandem_ci:tandem_ci@127.0.0.1:5432/postgres";
  const url = new URL(server);
  url.pathname = `/${process.env.BENCH_DB_NAME ?? "tandem_bench_analytics"}`;
  const database = await connectDatabase({ kind: "postgres", url: url.toString() });
  await database.withSession((sql) => migrateDatabase(sql));
  const db = database.prisma;
  // Days a migration or a change marked dirty are rolled again first (the same database serves both checkouts).
  const t0 = performance.now();
  let days = 0;
  for (let n = await rollUpAnalytics(db, NOW, 100); n > 0; n = await rollUpAnalytics(db, NOW, 100)) days += n;
  console.log(`rolled up ${days} days in ${((performance.now() - t0) / 1000).toFixed(1)} s; spans written: ${await rollUpSpans(db)}`);
  await db.$executeRawUnsafe(`ANALYZE`);
  const other = path.resolve(process.env.BENCH_A ?? "/work/main");
  const loads: [string, Load][] = [
    [`A (${other})`, ((await import(path.join(other, "server/analytics/load-analytics.ts"))) as { loadAnalytics: Load }).loadAnalytics],
    ["B (this checkout)", ((await import("../server/analytics/load-analytics")) as { loadAnalytics: Load }).loadAnalytics],
  ];
  const workspace = await db.workspace.findFirstOrThrow({ where: { slug: "acme" } });
  const flow = await db.flow.findFirstOrThrow({ where: { slug: "acme" } });
  const team = await db.team.findFirstOrThrow({ where: { workspaceId: workspace.id }, orderBy: { name: "asc" } });
  // The agent who accepted the most handoffs.
  const [agent] = await db.$queryRawUnsafe<{ id: string }[]>(
    `SELECT "acceptedById" AS "id" FROM "Handoff" WHERE "workspaceId" = $1 AND "acceptedById" IS NOT NULL GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 1`,
    workspace.id,
  );
  const reader = { workspaceId: workspace.id, role: "ADMIN" as const, membershipId: null };
  for (const preset of ["90d", "7d"] as const) {
    for (const [label, extra] of [
      ["unfiltered", {}],
      ["team filter", { teamId: team.id }],
      ["agent filter", { agentId: agent!.id }],
      ["flow filter", { flowId: flow.id }],
    ] as const) {
      if (CASES && !CASES.includes(`${preset} ${label}`)) continue;
      const filter = analyticsFilterSchema.parse({ preset, ...extra });
      const times = loads.map(() => [] as number[]);
      const plain: number[] = [];
      const results = [];
      for (const [, load] of loads) results.push(JSON.stringify({ ...((await load(db, reader, filter, NOW)) as object), generatedAt: "" }));
      for (let i = 0; i < RUNS; i++) {
        for (const [k, [, load]] of loads.entries()) {
          const t0 = performance.now();
          await load(db, reader, filter, NOW);
          times[k]!.push(performance.now() - t0);
        }
        const t0 = performance.now();
        await db.$queryRawUnsafe(
          `SELECT count(*) FROM "Conversation" WHERE "workspaceId" = $1 AND "createdAt" >= now() - $2::interval`,
          workspace.id,
          `${preset === "7d" ? 14 : 180} days`,
        );
        plain.push(performance.now() - t0);
      }
      console.log(`${preset} ${label}: same figures ${results[0] === results[1] ? "yes" : "NO"}`);
      for (const [k, [name]] of loads.entries()) console.log(`  ${name.padEnd(24)} ${stats(times[k]!)}`);
      console.log(`  ${"count(*) same run".padEnd(24)} ${stats(plain)}`);
    }
  }
  await database.close();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
