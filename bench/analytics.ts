// npm run bench:analytics — the Analytics dashboard's queries on PostgreSQL (or PGlite) at scale.
// Generates a synthetic workspace with SQL generate_series (BENCH_CONVERSATIONS, default 1,000,000
// conversations over 90 days, with their handoffs, callbacks and events), then times the whole
// dashboard query set (loadAnalytics: every figure, table and series) for 7 and 90 days, next to a
// plain count(*) over the same rows in the same run: min / median / max over BENCH_RUNS runs; then the canvas
// overlay and the unrecognised messages beside a count(*) of their events (the generated events are conversation
// starts and escalation triggers: bench/flow-overlay.ts generates step visits for the overlay's own bench).
// Goal: the 90-day dashboard ≤ 500 ms at 1M conversations. The database is kept between runs
// (tandem_bench_analytics, or BENCH_DB_NAME) and regenerated only when its size differs; BENCH_FRESH=1 forces it.
// BENCH_DB=pglite runs it on embedded PGlite instead (default 100,000 conversations, goal ≤ 1 s for
// 90 days), kept in .data/bench-analytics-<N> (BENCH_PGLITE_DIR).
import fs from "node:fs";
import pg from "pg";
import { seedDemoWorkspace } from "../prisma/seed";
import { analyticsFilterSchema } from "../server/analytics/analytics-schemas";
import { loadFlowOverlay } from "../server/analytics/flow-overlay/load-flow-overlay";
import { listUnrecognised } from "../server/analytics/unrecognised/list-unrecognised";
import { loadAnalytics } from "../server/analytics/load-analytics";
import { rollUpAnalytics } from "../server/analytics/roll-up-analytics";
import { connectDatabase } from "../server/db/connect-database";
import { migrateDatabase } from "../server/db/migrate-database";

// The seed publishes the demo flow through the app's services, which read the environment.
process.env.AUTH_SECRET ??= "bench-analytics-secret-bench-analytics-secret";

const SERVER = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL ?? "postgresql://tandem_ci:tandem_ci@127.0.0.1:5432/postgres";
const KIND = process.env.BENCH_DB === "pglite" ? "pglite" : "postgres";
const N = Number(process.env.BENCH_CONVERSATIONS ?? (KIND === "pglite" ? 100_000 : 1_000_000));
const PGLITE_DIR = process.env.BENCH_PGLITE_DIR ?? `.data/bench-analytics-${N}`;
const LABEL = KIND === "pglite" ? "PGlite" : "PostgreSQL";
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const NAME = process.env.BENCH_DB_NAME ?? "tandem_bench_analytics";
const NOW = new Date("2026-11-30T12:00:00Z");

const dbUrl = () => {
  const url = new URL(SERVER);
  url.pathname = `/${NAME}`;
  return url.toString();
};

async function admin(sql: string) {
  const client = new pg.Client({ connectionString: SERVER });
  await client.connect();
  try {
    return await client.query(sql);
  } finally {
    await client.end();
  }
}

/** The bench database: a PostgreSQL database of the server, or a PGlite data folder. */
const open = () => (KIND === "pglite" ? connectDatabase({ kind: "pglite", dataDir: PGLITE_DIR }) : connectDatabase({ kind: "postgres", url: dbUrl() }));

async function generated(): Promise<boolean> {
  if (process.env.BENCH_FRESH === "1") return false;
  if (KIND === "pglite") {
    if (!fs.existsSync(PGLITE_DIR)) return false;
    const database = await open();
    try {
      const rows = await database.prisma.$queryRawUnsafe<{ n: number }[]>(`SELECT count(*)::int AS n FROM "Conversation"`);
      return rows[0]?.n === N;
    } catch {
      return false;
    } finally {
      await database.close();
    }
  }
  const exists = await admin(`SELECT 1 FROM pg_database WHERE datname = '${NAME}'`);
  if (!exists.rowCount) return false;
  const client = new pg.Client({ connectionString: dbUrl() });
  await client.connect();
  try {
    const { rows } = await client.query(`SELECT count(*)::int AS n FROM "Conversation"`);
    return rows[0].n === N;
  } catch {
    return false;
  } finally {
    await client.end();
  }
}

/** One statement per table, all from generate_series: a day's conversations spread over 90 days, 40% escalated. */
const GENERATE = [
  `INSERT INTO "Conversation" ("id", "workspaceId", "flowId", "flowVersionId", "status", "channel", "teamId", "customerTokenHash", "customerEmail",
     "rating", "ratingComment", "createdAt", "updatedAt", "closedAt")
   SELECT 'bc' || g, $1, $2, $3,
     (CASE WHEN g % 10 < 5 THEN 'RESOLVED' WHEN g % 10 = 5 THEN 'BOT' WHEN g % 10 = 6 THEN 'ABANDONED' WHEN g % 10 = 7 THEN 'CALLBACK_SCHEDULED' ELSE 'RESOLVED' END)::"ConversationStatus",
     (ARRAY['WEB', 'WIDGET', 'API'])[1 + g % 3]::"Channel",
     CASE WHEN g % 10 >= 6 THEN (CASE WHEN g % 2 = 0 THEN $4 ELSE $5 END) END,
     md5('bench' || g), 'customer' || (g % 200000) || '@bench.test',
     CASE WHEN g % 4 = 0 THEN 1 + g % 5 END, CASE WHEN g % 40 = 0 THEN 'comment ' || g END,
     $6::timestamp - make_interval(secs => (g::bigint * 7776000 / $7)::double precision),
     $6::timestamp - make_interval(secs => (g::bigint * 7776000 / $7)::double precision) + interval '10 minutes',
     $6::timestamp - make_interval(secs => (g::bigint * 7776000 / $7)::double precision) + interval '10 minutes'
   FROM generate_series(1, $7) g`,
  `INSERT INTO "Handoff" ("id", "workspaceId", "conversationId", "kind", "reason", "teamId", "nodeId", "requestedAt", "acceptedAt", "acceptedById", "firstReplyAt", "resolvedAt", "outcome")
   SELECT 'bh' || substr(c."id", 3), c."workspaceId", c."id", 'WARM', (ARRAY['explicit_request', 'button', 'sentiment', 'low_confidence', 'repeated', 'topic_rule', 'flow'])[1 + n % 7]::"HandoffReason",
     c."teamId", 'handoff-' || (n % 3), c."createdAt" + interval '1 minute',
     CASE WHEN n % 10 >= 8 THEN c."createdAt" + interval '1 minute' + make_interval(secs => (n % 1800)::double precision) END,
     CASE WHEN n % 10 >= 8 THEN CASE WHEN n % 2 = 0 THEN $1 ELSE $2 END END,
     CASE WHEN n % 10 >= 8 THEN c."createdAt" + interval '1 minute' + make_interval(secs => (n % 1800 + 30)::double precision) END,
     c."createdAt" + interval '40 minutes',
     (CASE WHEN n % 10 = 6 THEN 'ABANDONED' WHEN n % 10 = 7 THEN 'NO_AGENT' WHEN n % 20 = 19 THEN 'HANDED_BACK' ELSE 'RESOLVED' END)::"HandoffOutcome"
   FROM (SELECT c.*, substr(c."id", 3)::int AS n FROM "Conversation" c WHERE c."teamId" IS NOT NULL) c`,
  `INSERT INTO "Callback" ("id", "workspaceId", "conversationId", "teamId", "phone", "dueAt", "status", "createdAt")
   SELECT 'bb' || substr(c."id", 3), c."workspaceId", c."id", c."teamId", '+4420794600', c."createdAt" + interval '1 day',
     (ARRAY['PENDING', 'DONE', 'DONE', 'MISSED'])[1 + substr(c."id", 3)::int % 4]::"CallbackStatus", c."createdAt" + interval '5 minutes'
   FROM "Conversation" c WHERE c."status" = 'CALLBACK_SCHEDULED'`,
  `INSERT INTO "Event" ("workspaceId", "conversationId", "flowId", "flowVersionId", "type", "createdAt")
   SELECT c."workspaceId", c."id", c."flowId", c."flowVersionId", 'conversation_started', c."createdAt" FROM "Conversation" c`,
  `INSERT INTO "Event" ("workspaceId", "conversationId", "flowId", "flowVersionId", "nodeId", "type", "data", "createdAt")
   SELECT h."workspaceId", h."conversationId", $1, $2, h."nodeId", 'trigger', jsonb_build_object('reason', h."reason"), h."requestedAt" FROM "Handoff" h`,
];

async function generate() {
  if (KIND === "pglite") {
    fs.rmSync(PGLITE_DIR, { recursive: true, force: true });
  } else {
    await admin(`DROP DATABASE IF EXISTS ${NAME} WITH (FORCE)`);
    await admin(`CREATE DATABASE ${NAME}`);
  }
  const database = await open();
  await database.withSession((sql) => migrateDatabase(sql));
  await seedDemoWorkspace(database.prisma);
  const db = database.prisma;
  const workspace = await db.workspace.findFirstOrThrow({ where: { slug: "acme" } });
  const flow = await db.flow.findFirstOrThrow({ where: { slug: "acme" } });
  const teams = await db.team.findMany({ orderBy: { name: "asc" } });
  const agents = await db.user.findMany({ where: { email: { in: ["sam@acme.test", "alex@acme.test"] } } });
  const started = performance.now();
  const step = async (label: string, sql: string, ...params: unknown[]) => {
    const t0 = performance.now();
    const n = await db.$executeRawUnsafe(sql, ...params);
    console.log(`  ${label}: ${n.toLocaleString("en")} rows in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  };
  console.log(`generating ${N.toLocaleString("en")} conversations over 90 days…`);
  await step("conversations", GENERATE[0]!, workspace.id, flow.id, flow.publishedVersionId, teams[0]!.id, teams[1]!.id, NOW.toISOString().replace("Z", ""), N);
  await step("handoffs", GENERATE[1]!, agents[0]!.id, agents[1]!.id);
  await step("callbacks", GENERATE[2]!);
  await step("events (started)", GENERATE[3]!);
  await step("events (triggers)", GENERATE[4]!, flow.id, flow.publishedVersionId);
  await db.$executeRawUnsafe(`ANALYZE`);
  console.log(`  generated in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  await database.close();
}

const stats = (ms: number[]) => {
  const s = [...ms].sort((a, b) => a - b);
  return `min ${s[0]!.toFixed(0)} ms  median ${s[Math.floor(s.length / 2)]!.toFixed(0)} ms  max ${s.at(-1)!.toFixed(0)} ms`;
};

async function main() {
  if (!(await generated())) await generate();
  else console.log(`reusing ${KIND === "pglite" ? PGLITE_DIR : NAME} (${N.toLocaleString("en")} conversations); BENCH_FRESH=1 regenerates`);
  const database = await open();
  await database.withSession((sql) => migrateDatabase(sql));
  const db = database.prisma;
  const workspace = await db.workspace.findFirstOrThrow({ where: { slug: "acme" } });
  const reader = { workspaceId: workspace.id, role: "ADMIN" as const, membershipId: null };
  const measure = async (label: string) => {
    console.log(`\n${label} — ${LABEL}, ${N.toLocaleString("en")} conversations, ${RUNS} runs each (after one warm-up):`);
    const reports = [];
    for (const preset of ["7d", "90d"] as const) {
      const filter = analyticsFilterSchema.parse({ preset });
      const report = await loadAnalytics(db, reader, filter, NOW); // warm-up
      reports.push(report);
      const dashboard: number[] = [];
      const plain: number[] = [];
      for (let i = 0; i < RUNS; i++) {
        let t0 = performance.now();
        await loadAnalytics(db, reader, filter, NOW);
        dashboard.push(performance.now() - t0);
        t0 = performance.now();
        await db.$queryRawUnsafe(
          `SELECT count(*) FROM "Conversation" WHERE "workspaceId" = $1 AND "createdAt" >= now() - $2::interval`,
          workspace.id,
          `${preset === "7d" ? 14 : 180} days`,
        );
        plain.push(performance.now() - t0);
      }
      console.log(
        `  ${preset.padEnd(3)} dashboard (${report.kpis.started.current?.toLocaleString("en")} conversations + previous period): ${stats(dashboard)}`,
      );
      console.log(`  ${preset.padEnd(3)} plain count(*) over the same rows:                     ${stats(plain)}`);
    }
    return reports.map((report) => ({ ...report, generatedAt: "" }));
  };
  // Before: no rollups (every row read live). After: the sweep has rolled up the closed days.
  await db.analyticsRollupDay.deleteMany();
  await db.analyticsRollupDirty.deleteMany();
  const before = await measure("BEFORE (live SQL only)");
  const t0 = performance.now();
  let days = 0;
  for (let n = await rollUpAnalytics(db, NOW, 100); n > 0; n = await rollUpAnalytics(db, NOW, 100)) days += n;
  console.log(`\nrolled up ${days} days in ${((performance.now() - t0) / 1000).toFixed(1)} s (${await db.analyticsRollup.count()} rollup rows)`);
  // The rollup tables were analysed empty (after generating); autovacuum would analyse them soon after the sweep filled them.
  if (KIND === "postgres") await db.$executeRawUnsafe(`ANALYZE`);
  const after = await measure("AFTER (rollups for closed days + live rest)");
  // The canvas overlay and the unrecognised messages read the event log (no rollups), each beside a count(*) of the same events.
  const flow = await db.flow.findFirstOrThrow({ where: { slug: "acme" } });
  console.log(`\ncanvas overlay and unrecognised messages — ${LABEL}, ${N.toLocaleString("en")} conversations, ${RUNS} runs each (after one warm-up):`);
  for (const days of [7, 90] as const) {
    const since = new Date(NOW.getTime() - days * 86_400_000);
    const parts: [string, () => Promise<unknown>, string][] = [
      ["canvas overlay", () => loadFlowOverlay(db, workspace.id, { flowId: flow.id, days }, NOW), `"flowVersionId" = $1`],
      ["unrecognised messages", () => listUnrecognised(db, workspace.id, { days }, NOW), `"workspaceId" = $2 AND "type" = 'unrecognised'`],
    ];
    for (const [label, run, where] of parts) {
      await run();
      const query: number[] = [];
      const plain: number[] = [];
      for (let i = 0; i < RUNS; i++) {
        let t0 = performance.now();
        await run();
        query.push(performance.now() - t0);
        t0 = performance.now();
        await db.$queryRawUnsafe(
          `SELECT count(*) FROM "Event" WHERE ${where} AND "createdAt" >= $3::timestamp AND ($1::text IS NOT NULL OR $2::text IS NOT NULL)`,
          flow.publishedVersionId,
          workspace.id,
          since.toISOString().replace("Z", ""),
        );
        plain.push(performance.now() - t0);
      }
      console.log(`  ${`${days}d`.padEnd(3)} ${label.padEnd(22)} ${stats(query)}`);
      console.log(`  ${`${days}d`.padEnd(3)} ${"plain count(*) events".padEnd(22)} ${stats(plain)}`);
    }
  }
  const same = JSON.stringify(before) === JSON.stringify(after);
  console.log(`\nevery figure equal before and after: ${same ? "yes" : "NO"}`);
  await database.close();
  if (!same) process.exitCode = 1;
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
