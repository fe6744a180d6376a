/**
 * Canvas overlay and unrecognised-messages queries on a synthetic workspace:
 * N conversations over 90 days on the demo flow, each along one of five
 * scripted paths (~7 events each), generated in SQL. Prints min/median/max
 * over runs of each query next to a plain count(*) of the same events.
 *
 *   node --conditions=react-server --import tsx bench/flow-overlay.ts [conversations]
 *   BENCH_DATABASE_URL=postgresql://… (a server: a scratch database is created and dropped) — else PGlite in memory.
 */
import { randomBytes } from "node:crypto";
import pg from "pg";
import { seedDemoWorkspace } from "../prisma/seed";
import { loadFlowOverlay } from "../server/analytics/flow-overlay/load-flow-overlay";
import { OVERLAY_SQL } from "../server/analytics/flow-overlay/query-flow-overlay";
import { listUnrecognised } from "../server/analytics/unrecognised/list-unrecognised";
import { connectDatabase } from "../server/db/connect-database";
import { migrateDatabase } from "../server/db/migrate-database";

const N = Number(process.argv[2] ?? 100_000);
const RUNS = 5;
const serverUrl = process.env.BENCH_DATABASE_URL;

/** The five paths through the demo flow: [nodeId, type, data] per event. */
const PATHS: [string, string, Record<string, unknown> | null][][] = [
  // 0: understood, answered, resolved
  [
    ["start", "node_visit", { from: null }],
    ["greet", "node_visit", { from: "start", port: "next" }],
    ["understand", "node_visit", { from: "greet", port: "next" }],
    ["self_service", "node_visit", { from: "understand", port: "order_status" }],
    ["end", "node_visit", { from: "self_service", port: "resolved" }],
  ],
  // 1: understood, not resolved, handed to Billing by the flow
  [
    ["start", "node_visit", { from: null }],
    ["greet", "node_visit", { from: "start", port: "next" }],
    ["understand", "node_visit", { from: "greet", port: "next" }],
    ["self_service", "node_visit", { from: "understand", port: "refund" }],
    ["route", "node_visit", { from: "self_service", port: "not_resolved" }],
    ["handoff_billing", "node_visit", { from: "route", port: "refund" }],
  ],
  // 2: not understood, rephrased, resolved
  [
    ["start", "node_visit", { from: null }],
    ["greet", "node_visit", { from: "start", port: "next" }],
    ["understand", "node_visit", { from: "greet", port: "next" }],
    ["understand", "unrecognised", null],
    ["rephrase", "node_visit", { from: "understand", port: "low_confidence" }],
    ["self_service", "node_visit", { from: "rephrase", port: "understood" }],
    ["end", "node_visit", { from: "self_service", port: "resolved" }],
  ],
  // 3: not understood, left at the rephrase
  [
    ["start", "node_visit", { from: null }],
    ["greet", "node_visit", { from: "start", port: "next" }],
    ["understand", "node_visit", { from: "greet", port: "next" }],
    ["understand", "unrecognised", null],
    ["rephrase", "node_visit", { from: "understand", port: "low_confidence" }],
  ],
  // 4: pressed Talk to a person
  [
    ["start", "node_visit", { from: null }],
    ["greet", "node_visit", { from: "start", port: "next" }],
    ["understand", "node_visit", { from: "greet", port: "next" }],
    ["understand", "trigger", { reason: "button" }],
    ["route", "node_visit", { from: null }],
    ["handoff_billing", "node_visit", { from: "route", port: "default" }],
  ],
];
const STATUS = ["RESOLVED", "QUEUED", "RESOLVED", "BOT", "QUEUED"];
/* Path by conversation number mod 20 (in the SQL below): 45% / 15% / 20% / 10% / 10%. */

async function main() {
  const name = `tandem_bench_${randomBytes(4).toString("hex")}`;
  if (serverUrl) await admin(`CREATE DATABASE "${name}"`);
  const database = await connectDatabase(serverUrl ? { kind: "postgres", url: withDb(serverUrl, name) } : { kind: "pglite", dataDir: "memory://" });
  try {
    await database.withSession((sql) => migrateDatabase(sql));
    await seedDemoWorkspace(database.prisma);
    const db = database.prisma;
    const flow = await db.flow.findUniqueOrThrow({ where: { slug: "acme" }, select: { id: true, workspaceId: true, publishedVersionId: true } });
    const now = new Date("2026-12-04T12:00:00Z");
    const path = PATHS.flatMap((events, kind) => events.map(([nodeId, type, data], seq) => ({ kind, seq, nodeId, type, data })));
    const generated = performance.now();
    await db.$executeRawUnsafe(
      `CREATE TEMP TABLE bench_path AS SELECT * FROM jsonb_to_recordset($1::jsonb) AS p("kind" int, "seq" int, "nodeId" text, "type" text, "data" jsonb)`,
      JSON.stringify(path),
    );
    const WORDINGS = [
      "blorp zing",
      "my thing is broken",
      "can i change the colour",
      "do you ship to mars",
      "wheres my stuff",
      "asdf",
      "hello??",
      "invoice for 2019",
    ];
    for (let from = 1; from <= N; from += 50_000) {
      const to = Math.min(N, from + 49_999);
      await db.$executeRawUnsafe(
        `INSERT INTO "Conversation" ("id", "workspaceId", "flowId", "flowVersionId", "status", "customerTokenHash", "createdAt", "updatedAt")
         SELECT 'bench-' || g, $1, $2, $3, ($4::text[])[(CASE WHEN g % 20 < 9 THEN 0 WHEN g % 20 < 12 THEN 1 WHEN g % 20 < 16 THEN 2 WHEN g % 20 < 18 THEN 3 ELSE 4 END) + 1]::"ConversationStatus",
           md5('bench-' || g), $5::timestamptz AT TIME ZONE 'UTC' - (g % 90) * interval '1 day' - (g % 1440) * interval '1 minute',
           $5::timestamptz AT TIME ZONE 'UTC' - (g % 90) * interval '1 day' - (g % 1440) * interval '1 minute' + interval '5 minutes'
         FROM generate_series($6::int, $7::int) g`,
        flow.workspaceId,
        flow.id,
        flow.publishedVersionId,
        STATUS,
        now.toISOString(),
        from,
        to,
      );
      await db.$executeRawUnsafe(
        `INSERT INTO "Event" ("workspaceId", "conversationId", "flowId", "flowVersionId", "nodeId", "type", "data", "createdAt")
         SELECT $1, c."id", $2, $3, p."nodeId", p."type",
           CASE WHEN p."type" = 'unrecognised' THEN jsonb_build_object('text', ($4::text[])[(g % 8) + 1], 'key', ($4::text[])[(g % 8) + 1], 'confidence', 0.3, 'guess', NULL) ELSE p."data" END,
           c."createdAt" + p."seq" * interval '20 seconds'
         FROM generate_series($5::int, $6::int) g
         JOIN "Conversation" c ON c."id" = 'bench-' || g
         JOIN bench_path p ON p."kind" = (CASE WHEN g % 20 < 9 THEN 0 WHEN g % 20 < 12 THEN 1 WHEN g % 20 < 16 THEN 2 WHEN g % 20 < 18 THEN 3 ELSE 4 END)
         ORDER BY g, p."seq"`,
        flow.workspaceId,
        flow.id,
        flow.publishedVersionId,
        WORDINGS,
        from,
        to,
      );
      await db.$executeRawUnsafe(
        `INSERT INTO "Handoff" ("id", "workspaceId", "conversationId", "kind", "reason", "teamId", "nodeId", "requestedAt")
         SELECT 'bench-h-' || g, $1, 'bench-' || g, 'WARM', (CASE WHEN g % 20 < 12 THEN 'flow' ELSE 'button' END)::"HandoffReason", NULL, 'handoff_billing',
           $2::timestamptz AT TIME ZONE 'UTC' - (g % 90) * interval '1 day' - (g % 1440) * interval '1 minute' + interval '2 minutes'
         FROM generate_series($3::int, $4::int) g WHERE (g % 20 BETWEEN 9 AND 11) OR g % 20 >= 18`,
        flow.workspaceId,
        now.toISOString(),
        from,
        to,
      );
    }
    await db.$executeRawUnsafe(`ANALYZE`);
    const events = await db.event.count();
    console.log(`${database.kind}: ${N} conversations, ${events} events generated in ${Math.round(performance.now() - generated)} ms`);
    const since90 = new Date(now.getTime() - 90 * 86_400_000);
    const row = (label: string, times: number[]) => {
      const sorted = [...times].sort((a, b) => a - b);
      console.log(
        `${label.padEnd(34)} min ${sorted[0]!.toFixed(1).padStart(8)} ms  median ${sorted[Math.floor(sorted.length / 2)]!.toFixed(1).padStart(8)} ms  max ${sorted.at(-1)!.toFixed(1).padStart(8)} ms`,
      );
    };
    const time = async (label: string, run: () => Promise<unknown>) => {
      await run();
      const times: number[] = [];
      for (let i = 0; i < RUNS; i++) {
        const started = performance.now();
        await run();
        times.push(performance.now() - started);
      }
      row(label, times);
    };
    await time("count(*) events of the version, 90 d", () =>
      db.$queryRawUnsafe(
        `SELECT count(*) FROM "Event" WHERE "flowVersionId" = $1 AND "createdAt" >= $2::timestamptz AT TIME ZONE 'UTC'`,
        flow.publishedVersionId,
        since90.toISOString(),
      ),
    );
    for (const days of [7, 30, 90] as const) {
      await time(`canvas overlay, ${days} d`, () => loadFlowOverlay(db, flow.workspaceId, { flowId: flow.id, days }, now));
    }
    for (const days of [7, 90] as const) {
      await time(`unrecognised messages, ${days} d`, () => listUnrecognised(db, flow.workspaceId, { days }, now));
    }
    if (process.env.BENCH_EXPLAIN) {
      const plan = await db.$queryRawUnsafe<{ "QUERY PLAN": string }[]>(
        `EXPLAIN (ANALYZE, BUFFERS) ${OVERLAY_SQL}`,
        flow.publishedVersionId,
        since90.toISOString(),
        now.toISOString(),
        now.toISOString(),
        flow.id,
      );
      console.log(plan.map((line) => line["QUERY PLAN"]).join("\n"));
    }
    const overlay = await loadFlowOverlay(db, flow.workspaceId, { flowId: flow.id, days: 90 }, now);
    console.log(
      `check: ${overlay.metrics!.conversations} conversations in 90 d; start visits ${overlay.metrics!.nodes.find((n) => n.nodeId === "start")!.visits}`,
    );
  } finally {
    await database.close();
    if (serverUrl) await admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  }
}

function withDb(url: string, name: string) {
  const parsed = new URL(url);
  parsed.pathname = `/${name}`;
  return parsed.toString();
}
async function admin(statement: string) {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

await main();
