// npm run bench:turns — turn latency and capacity of the public chat API against a
// production build, on PostgreSQL (BENCH_DATABASE_URL, default the local server)
// and on the embedded PGlite. Embedded NLU, no LLM. Prints min/median/max over runs.
//
//   closed loop: 50 customers with no think time: turns/s (the capacity), next to
//                two SQL baselines so the app/SQL ratio is visible:
//                - on PostgreSQL, the app's own checked statements for the same chat
//                  (bench/app-statements-baseline.ts: the app's modules, its pool and
//                  prepared statements, no HTTP, no engine): app/statements is what
//                  HTTP + engine + JSON cost over the SQL itself;
//                - the older hand-written "raw SQL" turn (8 round trips with BEGIN/COMMIT,
//                  driven by pg / PGlite directly), kept for continuity.
//   memory:      peak RSS (VmHWM) of each server process, at the end.
//   open loop:   at half the capacity just measured: that many customers, each
//                sending its next scripted message ~1 s after the previous reply;
//                latency at the client (the issue's p99 goal is stated there).
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import pg from "pg";
import { connectDatabase } from "../server/db/connect-database";
import { migrateDatabase } from "../server/db/migrate-database";
import {
  appStatementsBaseline,
  appStatementsOpenLoop,
  postRecordingChats,
  readRecording,
  recordChat,
  type PostedChats,
  type RecordedChat,
} from "./app-statements-baseline";
import { ensureBuild, sleep, startServer, stopServer } from "./bench-server";
import { httpPoster } from "./http-poster";
import { cpuSample, cpuSplit, formatCpuSplit, type CpuSplit } from "./cpu-split";
import { readTraces, traceReport, type ClientTurn } from "./turn-trace-report";

const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const OPEN_SECONDS = Number(process.env.BENCH_OPEN_SECONDS ?? 15);
const CLOSED_SECONDS = Number(process.env.BENCH_CLOSED_SECONDS ?? 10);
const PG_URL = process.env.BENCH_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
const PORT = Number(process.env.BENCH_PORT ?? 3190);
// BENCH_APP_DIR: measure the build and start command of another checkout (e.g. main's) with this script, for before/after in one go.
if (process.env.BENCH_APP_DIR) process.chdir(process.env.BENCH_APP_DIR);
const BASE = `http://127.0.0.1:${PORT}`;
const SCRIPT = ["where is my order", "no", "no thanks", "5"];
// BENCH_TRACE=1: the server runs with bench/trace-server.mjs loaded and the open loop's slow turns are broken down.
const TRACE = process.env.BENCH_TRACE ? `${fs.mkdtempSync("/tmp/bench-trace-")}/trace` : null;

const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
const stats = (values: number[], digits = 1) => {
  const s = [...values].sort((a, b) => a - b);
  return `${s[0]!.toFixed(digits)} / ${quantile(s, 0.5).toFixed(digits)} / ${s.at(-1)!.toFixed(digits)}`;
};

// The load generator's client: Node's http with a keep-alive agent (bench/http-poster.ts), or fetch (BENCH_CLIENT=fetch, what this bench used before).
const postHttp = httpPoster(PORT);
const viaHttp = process.env.BENCH_CLIENT !== "fetch";

async function post(path: string, body?: unknown, token?: string, benchId?: string) {
  if (viaHttp) return postHttp(path, body, token, benchId);
  const response = await fetch(BASE + path, {
    method: "POST",
    headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}), ...(benchId ? { "x-bench-id": benchId } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${path}: ${response.status} ${await response.text()}`);
  return response.json() as Promise<{ sessionId: string; token: string }>;
}

let turnIds = 0;
/** This process's main thread's time runnable but waiting for a core (ms), from /proc. */
const runDelayMs = () => Number(fs.readFileSync(`/proc/self/task/${process.pid}/schedstat`, "utf8").split(" ")[1]) / 1e6;
/** One customer walking the script forever; `onTurn` gets each message turn's latency (ms), its x-bench-id and start (epoch ms). */
async function customer(stop: () => boolean, thinkMs: () => number, onTurn: (ms: number, id: string, start: number, runDelay: number) => void) {
  let n = 0;
  while (!stop()) {
    const session = await post("/api/v1/chat/acme/sessions", {});
    for (const text of SCRIPT) {
      await sleep(thinkMs());
      if (stop()) return;
      const id = `t${++turnIds}`;
      const start = performance.timeOrigin + performance.now();
      const delayed = TRACE ? runDelayMs() : 0;
      const started = performance.now();
      await post(`/api/v1/chat/sessions/${session.sessionId}/messages`, { clientMessageId: `m${++n}`, text }, session.token, id);
      const ms = performance.now() - started;
      onTurn(ms, id, start, TRACE ? runDelayMs() - delayed : 0);
    }
  }
}

interface OpenResult {
  p50: number;
  p90: number;
  p99: number;
  max: number;
  rate: number;
  cpu: CpuSplit;
  turns: ClientTurn[];
  window: { from: number; to: number };
}

async function openLoop(customers: number, serverPgid: number): Promise<OpenResult> {
  const latencies: number[] = [];
  const turns: ClientTurn[] = [];
  let measuring = false;
  let stopped = false;
  const workers = Array.from({ length: customers }, async (_, i) => {
    await sleep((i * 1000) / customers); // spread the starts over a second
    await customer(
      () => stopped,
      () => 800 + Math.random() * 400,
      (ms, id, start, runDelay) => {
        if (!measuring) return;
        latencies.push(ms);
        turns.push({ id, start, ms, runDelay });
      },
    );
  });
  await sleep(3000);
  measuring = true;
  const from = performance.timeOrigin + performance.now();
  const before = cpuSample(serverPgid);
  await sleep(OPEN_SECONDS * 1000);
  const cpu = cpuSplit(before, cpuSample(serverPgid));
  const to = performance.timeOrigin + performance.now();
  measuring = false;
  stopped = true;
  await Promise.all(workers);
  latencies.sort((a, b) => a - b);
  return {
    p50: quantile(latencies, 0.5),
    p90: quantile(latencies, 0.9),
    p99: quantile(latencies, 0.99),
    max: latencies.at(-1)!,
    rate: latencies.length / OPEN_SECONDS,
    cpu,
    turns,
    window: { from, to },
  };
}

/** CPU time (ms) used so far by every process of a process group (the server: its primary and workers), from /proc. */
function groupCpuMs(pgid: number): number {
  let ticks = 0;
  for (const entry of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, "utf8");
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      if (Number(fields[2]) === pgid) ticks += Number(fields[11]) + Number(fields[12]);
    } catch {
      // the process ended
    }
  }
  return ticks * 10; // USER_HZ = 100
}

/** Peak resident memory (VmHWM, MB) of each process of a process group, largest first. */
function groupPeakRssMb(pgid: number): number[] {
  const peaks: number[] = [];
  for (const entry of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, "utf8");
      if (Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[2]) !== pgid) continue;
      const hwm = /VmHWM:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${entry}/status`, "utf8"));
      if (hwm) peaks.push(Number(hwm[1]) / 1024);
    } catch {
      // the process ended
    }
  }
  return peaks.sort((a, b) => b - a);
}

/** Turns/s, and the CPU milliseconds per turn of the server and of this load generator. */
async function closedLoop(serverPgid: number, seconds = CLOSED_SECONDS): Promise<{ rate: number; serverCpuMs: number; loadCpuMs: number }> {
  let count = 0;
  let measuring = false;
  let stopped = false;
  const workers = Array.from({ length: 50 }, () =>
    customer(
      () => stopped,
      () => 0,
      () => measuring && count++,
    ),
  );
  await sleep(2000);
  measuring = true;
  const serverBefore = groupCpuMs(serverPgid);
  const loadBefore = process.cpuUsage();
  await sleep(seconds * 1000);
  const serverCpu = groupCpuMs(serverPgid) - serverBefore;
  const loadCpu = process.cpuUsage(loadBefore);
  measuring = false;
  stopped = true;
  await Promise.all(workers);
  return { rate: count / seconds, serverCpuMs: serverCpu / count, loadCpuMs: (loadCpu.user + loadCpu.system) / 1000 / count };
}

type Query = (sql: string, params: unknown[]) => Promise<unknown>;

/** The statements of one bot turn, in one transaction, as the app issues them (the engine's work aside). */
const rawTurn = (id: string, workspaceId: string, state: string): [string, unknown[]][] => [
  [`SELECT * FROM "Conversation" WHERE "id" = $1`, [id]],
  [`SELECT "id", "name" FROM "Team" WHERE "workspaceId" = $1`, [workspaceId]],
  [
    `SELECT "id", "title", "body" FROM "KnowledgeArticle", to_tsquery('english', 'where | order') q WHERE "workspaceId" = $1 AND "searchVector" @@ q ORDER BY ts_rank_cd("searchVector", q, 32) DESC LIMIT 2`,
    [workspaceId],
  ],
  ["BEGIN", []],
  [`UPDATE "Conversation" SET "version" = "version" + 1, "lastSeq" = "lastSeq" + 3, "state" = $2, "updatedAt" = now() WHERE "id" = $1`, [id, state]],
  [
    `INSERT INTO "Message" ("id", "conversationId", "seq", "author", "text") SELECT gen_random_uuid()::text, $1, "lastSeq" - 2 + i, (CASE WHEN i = 0 THEN 'CUSTOMER' ELSE 'BOT' END)::"MessageAuthor", 'text' FROM "Conversation", generate_series(0, 2) i WHERE "id" = $1`,
    [id],
  ],
  [
    `INSERT INTO "Event" ("workspaceId", "conversationId", "type", "nodeId") VALUES ($1, $2, 'node_visit', 'a'), ($1, $2, 'node_visit', 'b')`,
    [workspaceId, id],
  ],
  ["COMMIT", []],
];

/** Raw turns per second, one worker per session (each session runs its own transactions). */
async function rawSql(sessions: Query[], conversations: string[], workspaceId: string) {
  let count = 0;
  const state = JSON.stringify({ status: "bot", waiting: { nodeId: "understand", step: "intent" } });
  // A deadline, not a timer: PGlite answers synchronously (WASM), so a timer would never get to run.
  const deadline = performance.now() + CLOSED_SECONDS * 1000;
  await Promise.all(
    sessions.map(async (query, i) => {
      const id = conversations[i % conversations.length]!;
      while (performance.now() < deadline) {
        for (const [sql, params] of rawTurn(id, workspaceId, state)) await query(sql, params);
        count++;
      }
    }),
  );
  return count / CLOSED_SECONDS;
}

interface Baselines {
  /** The hand-written raw SQL turn (kept for continuity). */
  raw: (concurrency: number) => Promise<number>;
  /** The app's own statements for the bench's chat, recorded once through the running server (PostgreSQL only). */
  appStatements?: {
    record: () => Promise<RecordedChat>;
    run: (chat: RecordedChat, concurrency: number) => Promise<number>;
    /** The same statements at an offered rate (customers with ~1 s between turns): their latency. */
    open: (chat: RecordedChat, customers: number) => Promise<{ p50: number; p90: number; p99: number; max: number; rate: number }>;
  };
  /**
   * The same for the embedded database, whose data folder only one process may open: the chats are posted while the
   * server runs, read back and replayed once it has stopped (each run at that run's offered rate).
   */
  appStatementsAfterStop?: {
    post: () => Promise<PostedChats>;
    run: (
      posted: PostedChats,
      customersPerRun: number[],
    ) => Promise<{ chat: RecordedChat; rates: number[]; open: { p50: number; p90: number; p99: number; max: number; rate: number }[] }>;
  };
}

async function benchOne(label: string, env: Record<string, string>, baselines: Baselines) {
  const raw = baselines.raw;
  const server = await startServer(PORT, {
    RATE_LIMIT_PER_IP: "100000000",
    RATE_LIMIT_SESSIONS_PER_IP: "100000000",
    RATE_LIMIT_SESSIONS_PER_FLOW: "100000000",
    RATE_LIMIT_PER_SESSION: "100000",
    ...env,
    // BENCH_SERVER_NODE_OPTIONS: V8/Node flags for the server only (e.g. GC settings to compare).
    NODE_OPTIONS: [process.env.NODE_OPTIONS, process.env.BENCH_SERVER_NODE_OPTIONS, TRACE ? `--import ${path.resolve("bench/trace-server.mjs")}` : ""]
      .filter(Boolean)
      .join(" "),
    ...(TRACE ? { BENCH_TRACE: TRACE } : {}),
  });
  const open: OpenResult[] = [];
  const statementsOpen: Awaited<ReturnType<NonNullable<Baselines["appStatements"]>["open"]>>[] = [];
  const closed: number[] = [];
  const cpu: { serverCpuMs: number; loadCpuMs: number }[] = [];
  const rawRates: number[] = [];
  const statementRates: number[] = [];
  let peakRss: number[] = [];
  let posted: PostedChats | undefined;
  try {
    console.error(`  ${label}: warming up…`);
    await closedLoop(server.pid!, 5); // warm-up: JIT, NLU model, connection pools
    const recorded = await baselines.appStatements?.record();
    posted = await baselines.appStatementsAfterStop?.post();
    if (recorded)
      console.error(
        `  ${label}: recorded chat: start ${recorded.start.messages.length} messages; turns ${recorded.turns.map((t) => `${t.messages.length} messages → ${t.status}`).join(", ")}`,
      );
    for (let run = 0; run < RUNS; run++) {
      console.error(`  ${label}: run ${run + 1} of ${RUNS}…`);
      const loop = await closedLoop(server.pid!);
      closed.push(loop.rate);
      cpu.push(loop);
      // ~1 s between a customer's messages: half the capacity is about that many customers.
      const customers = Math.max(1, Math.round(loop.rate / 2));
      open.push(await openLoop(customers, server.pid!));
      if (label === "PostgreSQL") rawRates.push(await raw(50));
      if (recorded) {
        statementRates.push(await baselines.appStatements!.run(recorded, 50));
        statementsOpen.push(await baselines.appStatements!.open(recorded, customers));
      }
    }
    peakRss = groupPeakRssMb(server.pid!);
  } finally {
    stopServer(server);
    await sleep(TRACE ? 4000 : 1500);
  }
  if (label !== "PostgreSQL") {
    console.error(`  ${label}: raw SQL baseline…`);
    for (let run = 0; run < RUNS; run++) rawRates.push(await raw(50));
  }
  if (posted) {
    console.error(`  ${label}: the app's statements, replayed…`);
    const replayed = await baselines.appStatementsAfterStop!.run(
      posted,
      closed.map((rate) => Math.max(1, Math.round(rate / 2))),
    );
    console.error(
      `  ${label}: recorded chat: start ${replayed.chat.start.messages.length} messages; turns ${replayed.chat.turns.map((t) => `${t.messages.length} messages → ${t.status}`).join(", ")}`,
    );
    statementRates.push(...replayed.rates);
    statementsOpen.push(...replayed.open);
  }
  const ratios = closed.map((c, i) => c / rawRates[i]!);
  const statementRatios = closed.map((c, i) => c / statementRates[i]!);
  console.log(`\n${label} (min / median / max over ${RUNS} runs)`);
  console.log(`  closed loop, 50 customers: ${stats(closed)} turns/s`);
  console.log(
    `    CPU per turn: server ${stats(cpu.map((c) => c.serverCpuMs))} ms, load generator ${stats(cpu.map((c) => c.loadCpuMs))} ms   (WEB_CONCURRENCY=${process.env.WEB_CONCURRENCY ?? "default"})`,
  );
  if (statementRates.length)
    console.log(
      `  the app's statements for the same chat, 50 customers on its pool (no HTTP, no engine): ${stats(statementRates)} turns/s   app/statements ${stats(statementRatios, 2)}   (goal ≥ 0.5)`,
    );
  console.log(
    `  old baseline, hand-written raw SQL turn (8 round trips incl. BEGIN/COMMIT), 50 sessions: ${stats(rawRates)} tx/s   app/raw ${stats(ratios, 2)}`,
  );
  console.log(`  open loop at half the capacity: offered ≈ ${stats(open.map((o) => o.rate))} turns/s`);
  console.log(
    `    p50 ${stats(open.map((o) => o.p50))} ms   p90 ${stats(open.map((o) => o.p90))} ms   p99 ${stats(open.map((o) => o.p99))} ms   max ${stats(open.map((o) => o.max))} ms   (goal p99 ≤ ${label === "PostgreSQL" ? 25 : 50} ms)`,
  );
  if (statementsOpen.length)
    console.log(
      `    the app's statements alone at the same offered rate (${stats(statementsOpen.map((o) => o.rate))} turns/s): p50 ${stats(statementsOpen.map((o) => o.p50))} ms   p90 ${stats(statementsOpen.map((o) => o.p90))} ms   p99 ${stats(statementsOpen.map((o) => o.p99))} ms   max ${stats(statementsOpen.map((o) => o.max))} ms`,
    );
  for (const [i, o] of open.entries()) console.log(`    run ${i + 1} CPU during the open loop: ${formatCpuSplit(o.cpu)}`);
  if (TRACE) {
    const trace = readTraces(TRACE);
    for (const [i, o] of open.entries()) {
      console.log(`    run ${i + 1} where the time went (server trace): p50 ${o.p50.toFixed(1)}, p99 ${o.p99.toFixed(1)}, max ${o.max.toFixed(1)} ms`);
      for (const line of traceReport(o.turns, trace, o.window)) console.log(line);
    }
  }
  console.log(`  peak RSS (VmHWM) per server process, largest first: ${peakRss.map((mb) => `${mb.toFixed(0)} MB`).join(", ")}`);
}

async function conversationsFor(query: (sql: string) => Promise<{ id: string; workspaceId: string }[]>) {
  const rows = await query(`SELECT "id", "workspaceId" FROM "Conversation" LIMIT 50`);
  return { ids: rows.map((r) => r.id), workspaceId: rows[0]!.workspaceId };
}

async function main() {
  ensureBuild();

  const only = process.env.BENCH_ONLY; // "postgres" or "pglite" to run one of the two
  if (only !== "pglite") await benchPostgres();
  if (only !== "postgres") await benchPglite();
}

async function benchPostgres() {
  // PostgreSQL: a fresh database, migrated and seeded by the app itself.
  const admin = new pg.Client({ connectionString: PG_URL });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS tandem_bench_${PORT} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE tandem_bench_${PORT}`);
  await admin.end();
  const benchUrl = new URL(PG_URL);
  benchUrl.pathname = `/tandem_bench_${PORT}`;
  spawnSync("node", ["--conditions=react-server", "--import", "tsx", "server/cli/index.ts", "db:seed"], {
    env: { ...process.env, DATABASE_URL: benchUrl.toString() },
    stdio: "ignore",
  });
  const pool = new pg.Pool({ connectionString: benchUrl.toString(), max: 50 });
  // The app's own database access (its pool of 10, prepared statements), for the statements baseline.
  const app = await connectDatabase({ kind: "postgres", url: benchUrl.toString() });
  await benchOne(
    "PostgreSQL",
    { DATABASE_URL: benchUrl.toString() },
    {
      raw: async (concurrency) => {
        const { ids, workspaceId } = await conversationsFor(async (sql) => (await pool.query(sql)).rows);
        const clients = await Promise.all(Array.from({ length: concurrency }, () => pool.connect()));
        const rate = await rawSql(
          clients.map((client) => (sql, params) => client.query(sql, params)),
          ids,
          workspaceId,
        );
        clients.forEach((client) => client.release());
        return rate;
      },
      appStatements: {
        record: () => recordChat(pool, post, "acme", SCRIPT),
        run: (chat, concurrency) => appStatementsBaseline(app, chat, concurrency, CLOSED_SECONDS),
        open: (chat, customers) => appStatementsOpenLoop(app, chat, customers, OPEN_SECONDS),
      },
    },
  );
  await app.close();
  await pool.end();
}

async function benchPglite() {
  // PGlite: the app on its embedded database; the raw baseline on an in-process PGlite.
  const dataDir = `.data/bench-${Date.now()}`;
  await benchOne(
    "PGlite (embedded)",
    { DATABASE_URL: "", PGLITE_DATA_DIR: dataDir },
    {
      appStatementsAfterStop: {
        post: () => postRecordingChats(post, "acme", SCRIPT),
        run: async (posted, customersPerRun) => {
          const app = await connectDatabase({ kind: "pglite", dataDir });
          try {
            const chat = await readRecording(async (sql, params) => (await app.pglite!.query(sql, params)).rows, posted);
            const rates: number[] = [];
            const open: Awaited<ReturnType<typeof appStatementsOpenLoop>>[] = [];
            for (const customers of customersPerRun) {
              rates.push(await appStatementsBaseline(app, chat, 50, CLOSED_SECONDS));
              open.push(await appStatementsOpenLoop(app, chat, customers, OPEN_SECONDS));
            }
            return { chat, rates, open };
          } finally {
            await app.close();
          }
        },
      },
      raw: async () => {
        const db = new PGlite(dataDir);
        try {
          await migrateDatabase({ exec: async (sql) => void (await db.exec(sql)), query: async (sql, params) => (await db.query(sql, params)).rows as never });
          const { ids, workspaceId } = await conversationsFor(async (sql) => (await db.query<{ id: string; workspaceId: string }>(sql)).rows);
          // One in-process session, as the embedded app has.
          return await rawSql([(sql, params) => db.query(sql, params)], ids, workspaceId);
        } finally {
          await db.close();
        }
      },
    },
  );
  await removePgliteDir(dataDir);
}

async function removePgliteDir(dataDir: string) {
  fs.rmSync(dataDir, { recursive: true, force: true });
  fs.rmSync(`${dataDir}.lock`, { force: true });
}

await main();
