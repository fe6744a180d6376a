// npm run bench:tail — open-loop latency of server variants, interleaved in one run, so a
// busy shared machine's drift hits every variant alike. Each variant is a production
// server (same build, same PostgreSQL database) with its own environment; the rounds
// visit the variants in a rotating order, each for BENCH_OPEN_SECONDS at the same offered
// rate (BENCH_CUSTOMERS customers, each sending its next message 0.8–1.2 s after the
// previous reply). "statements" is the floor: the app's own statements for the same
// chat at the same rate, no HTTP, no engine (bench/app-statements-baseline.ts).
// Prints p50/p90/p99/max per variant over all its windows, the CPU split and load average.
//   BENCH_VARIANTS=before,after,statements (labels below)   BENCH_ROUNDS=3   BENCH_CUSTOMERS=65
//   BENCH_WORKERS=2: every variant runs that many workers (default 1)
import path from "node:path";
import pg from "pg";
import { connectDatabase } from "../server/db/connect-database";
import { appStatementsOpenLoop, recordChat } from "./app-statements-baseline";
import { ensureBuild, sleep, startServer, stopServer } from "./bench-server";
import { cpuSample, cpuSplit, formatCpuSplit, type CpuSplit } from "./cpu-split";
import { httpPoster, type Post } from "./http-poster";

const PG_URL = process.env.BENCH_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
const PORT = Number(process.env.BENCH_PORT ?? 3190);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const SECONDS = Number(process.env.BENCH_OPEN_SECONDS ?? 12);
const CUSTOMERS = Number(process.env.BENCH_CUSTOMERS ?? 65);
const SCRIPT = ["where is my order", "no", "no thanks", "5"];

/** Server variants: the environment each runs with (on top of the bench's), and extra node flags (`flags`, space-separated). */
const VARIANTS: Record<string, Record<string, string>> = {
  // main's build and settings (a checkout of main with its own build: BENCH_BEFORE_DIR).
  before: { dir: process.env.BENCH_BEFORE_DIR ?? "../tail-before" },
  // this branch's build and defaults.
  after: {},
  // the same, connected to PostgreSQL over its Unix socket instead of TCP on 127.0.0.1.
  "after-unix-socket": { socket: process.env.BENCH_PG_SOCKET_DIR ?? "/var/run/postgresql" },
  // two workers (node:cluster), as `npm start` runs on a 2-core PostgreSQL server by default.
  "after-2-workers": { WEB_CONCURRENCY: "2" },
  "single-threaded-gc": { flags: "--single-threaded-gc", DATABASE_POOL_SIZE: "10" },
  "semi-space-32": { flags: "--max-semi-space-size=32", DATABASE_POOL_SIZE: "10" },
  "semi-space-64": { flags: "--max-semi-space-size=64", DATABASE_POOL_SIZE: "10" },
  "before-semi-space-32": { dir: process.env.BENCH_BEFORE_DIR ?? "../tail-before", flags: "--max-semi-space-size=32" },
  "pool-30": { DATABASE_POOL_SIZE: "30" },
};

const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;

/** `customers` customers walking the script for `seconds` after a 3 s ramp: every measured turn's latency. */
async function openLoop<S>(post: Post, customers: number, seconds: number, sample: () => S): Promise<{ latencies: number[]; before: S; after: S }> {
  const latencies: number[] = [];
  let measuring = false;
  let stopped = false;
  let n = 0;
  const workers = Array.from({ length: customers }, async (_, i) => {
    await sleep((i * 1000) / customers);
    while (!stopped) {
      const session = await post("/api/v1/chat/acme/sessions", {});
      for (const text of SCRIPT) {
        await sleep(800 + Math.random() * 400);
        if (stopped) break;
        const started = performance.now();
        await post(`/api/v1/chat/sessions/${session.sessionId}/messages`, { clientMessageId: `m${++n}`, text }, session.token);
        if (measuring) latencies.push(performance.now() - started);
      }
    }
  });
  await sleep(3000);
  measuring = true;
  const before = sample();
  await sleep(seconds * 1000);
  const after = sample();
  measuring = false;
  stopped = true;
  await Promise.all(workers);
  return { latencies, before, after };
}

async function main() {
  ensureBuild();
  const labels = (process.env.BENCH_VARIANTS ?? "before,after,statements").split(",");
  const admin = new pg.Client({ connectionString: PG_URL });
  await admin.connect();
  const name = `tandem_tail_${PORT}`;
  await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(PG_URL);
  url.pathname = `/${name}`;
  const { spawnSync } = await import("node:child_process");
  spawnSync("node", ["--conditions=react-server", "--import", "tsx", "server/cli/index.ts", "db:seed"], {
    env: { ...process.env, DATABASE_URL: url.toString() },
    stdio: "ignore",
  });

  const servers = new Map<string, { port: number; pgid: number; stop: () => void }>();
  process.on("exit", () => servers.forEach((server) => server.stop())); // also when a failure ends the run
  const latencies = new Map<string, number[]>(labels.map((label) => [label, []]));
  const cpu = new Map<string, CpuSplit[]>(labels.map((label) => [label, []]));
  const turnCounts = new Map<string, number>();
  const pool = new pg.Pool({ connectionString: url.toString(), max: 5 });
  const app = await connectDatabase({ kind: "postgres", url: url.toString() });
  try {
    let port = PORT + 1;
    for (const label of labels.filter((l) => l !== "statements")) {
      const variant = VARIANTS[label];
      if (!variant) throw new Error(`unknown variant ${label} (one of ${Object.keys(VARIANTS).join(", ")}, statements)`);
      const { flags, dir, socket, ...variantEnv } = variant;
      const databaseUrl = socket ? `postgresql://${url.username}:${url.password}@${url.pathname}?host=${encodeURIComponent(socket)}` : url.toString();
      const server = await startServer(
        port,
        {
          DATABASE_URL: databaseUrl,
          WEB_CONCURRENCY: process.env.BENCH_WORKERS ?? "1",
          RATE_LIMIT_PER_IP: "100000000",
          RATE_LIMIT_SESSIONS_PER_IP: "100000000",
          RATE_LIMIT_SESSIONS_PER_FLOW: "100000000",
          RATE_LIMIT_PER_SESSION: "100000",
          ...variantEnv,
        },
        flags?.split(" ") ?? [],
        dir ? path.resolve(dir) : undefined,
      );
      servers.set(label, { port, pgid: server.pid!, stop: () => stopServer(server) });
      port++;
    }
    // Warm every server (JIT, NLU model, pools) with a short open loop.
    for (const [label, server] of servers) {
      console.error(`  warming ${label}…`);
      await openLoop(httpPoster(server.port), CUSTOMERS, 4, () => null);
    }
    const first = [...servers.values()][0]!;
    const chat = labels.includes("statements") ? await recordChat(pool, httpPoster(first.port), "acme", SCRIPT) : null;
    for (let round = 0; round < ROUNDS; round++) {
      const order = labels.map((_, i) => labels[(i + round) % labels.length]!);
      for (const label of order) {
        console.error(`  round ${round + 1} of ${ROUNDS}: ${label}…`);
        const server = servers.get(label);
        const window = server
          ? await openLoop(httpPoster(server.port), CUSTOMERS, SECONDS, () => cpuSample(server.pgid))
          : await appStatementsOpenLoop(app, chat!, CUSTOMERS, SECONDS, () => cpuSample(-1));
        latencies.get(label)!.push(...window.latencies);
        cpu.get(label)!.push(cpuSplit(window.before, window.after));
        turnCounts.set(label, (turnCounts.get(label) ?? 0) + window.latencies.length);
      }
    }
  } finally {
    for (const server of servers.values()) server.stop();
    await app.close();
    await pool.end();
  }
  console.log(
    `\nopen loop, ${CUSTOMERS} customers (~${CUSTOMERS} turns/s offered), ${ROUNDS} interleaved windows of ${SECONDS} s per variant, PostgreSQL, ${process.env.BENCH_WORKERS ?? 1} worker(s)`,
  );
  for (const label of labels) {
    const sorted = latencies.get(label)!.sort((a, b) => a - b);
    const splits = cpu.get(label)!;
    const avg = (key: keyof CpuSplit) => splits.reduce((a, s) => a + s[key], 0) / splits.length;
    console.log(
      `  ${label.padEnd(20)} ${String(sorted.length).padStart(5)} turns   p50 ${quantile(sorted, 0.5).toFixed(1)}   p90 ${quantile(sorted, 0.9).toFixed(1)}   p99 ${quantile(sorted, 0.99).toFixed(1)}   max ${sorted.at(-1)!.toFixed(1)} ms`,
    );
    console.log(
      `  ${"".padEnd(20)} server CPU per turn ${(splits.reduce((a, s) => a + s.serverCpuMs, 0) / turnCounts.get(label)!).toFixed(2)} ms; CPU (mean of its windows): ${formatCpuSplit({ server: avg("server"), loadGenerator: avg("loadGenerator"), postgres: avg("postgres"), others: avg("others"), idle: avg("idle"), loadAverage: avg("loadAverage") })}`,
    );
  }
}

await main();
