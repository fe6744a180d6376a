// npm run bench:alloc — what a bot turn allocates on the server's JavaScript heap and the GC it
// costs: a production server (1 worker) per checkout, 20 customers in closed loop, a warm-up,
// then a measured window (bench/alloc-server.mjs inside the server). Prints bytes allocated per
// request, scavenges and mark-sweeps per 1,000 requests, GC ms per request; with
// BENCH_ALLOC_SITES=1 also the top allocation sites (sampled, garbage included).
//   BENCH_ALLOC_DIRS=../main-checkout,.,.#--max-semi-space-size=32  (checkouts with a build, each with
//   node options for its server after a #; default ".")
//   BENCH_DB=postgres|pglite   BENCH_SERVER_NODE_OPTIONS="--max-semi-space-size=16"   BENCH_ROUNDS=2
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { sleep, startServer, stopServer } from "./bench-server";
// @ts-expect-error a plain .mjs helper shared with cpu-top.mjs
import { sourcePosition } from "./source-position.mjs";
import { httpPoster, type Post } from "./http-poster";

const PG_URL = process.env.BENCH_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
const PORT = Number(process.env.BENCH_PORT ?? 3190);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 2);
const SCRIPT = ["where is my order", "no", "no thanks", "5"];
const GC_KINDS: Record<string, string> = { "1": "scavenge", "2": "mark-compact", "4": "incremental", "8": "weak", "16": "minor-mc" };

async function closedLoop(post: Post, customers: number, seconds: number, onStart?: () => void) {
  let stopped = false;
  let turns = 0;
  const loops = Array.from({ length: customers }, async () => {
    while (!stopped) {
      const session = await post("/api/v1/chat/acme/sessions", {});
      for (const [i, text] of SCRIPT.entries()) {
        if (stopped) return;
        await post(`/api/v1/chat/sessions/${session.sessionId}/messages`, { clientMessageId: `m${i}`, text }, session.token);
        turns++;
      }
    }
  });
  onStart?.();
  await sleep(seconds * 1000);
  stopped = true;
  await Promise.all(loops);
  return turns;
}

function topSites(file: string, n = 25): string[] {
  const profile = JSON.parse(fs.readFileSync(file, "utf8")) as {
    head: { callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number }; selfSize: number; children: unknown[] };
  };
  const bySite = new Map<string, number>();
  const byFunction = new Map<string, number>();
  let total = 0;
  type Node = { callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number }; selfSize: number; children: Node[] };
  const walk = (node: Node, stack: string[]) => {
    const name = sourcePosition(node.callFrame) as string;
    const here = [...stack, name];
    if (node.selfSize) {
      total += node.selfSize;
      bySite.set(name, (bySite.get(name) ?? 0) + node.selfSize);
      // Attribute to the innermost frame of the app (not node_modules, not node:).
      const app = [...here].reverse().find((f) => /^\S+ (server|components|app|lib)\//.test(f));
      if (app) byFunction.set(app, (byFunction.get(app) ?? 0) + node.selfSize);
    }
    for (const child of node.children) walk(child, here.slice(-30));
  };
  walk(profile.head as Node, []);
  const fmt = (m: Map<string, number>) =>
    [...m]
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(([k, v]) => `    ${((100 * v) / total).toFixed(1).padStart(5)} %  ${k}`);
  return ["  allocation sites (self):", ...fmt(bySite), "  innermost app frame:", ...fmt(byFunction)];
}

async function main() {
  const variants = (process.env.BENCH_ALLOC_DIRS ?? ".").split(",").map((entry) => {
    const [dir, flags = ""] = entry.split("#");
    return { dir: path.resolve(dir!), flags, label: `${path.basename(path.resolve(dir!))}${flags ? ` ${flags}` : ""}` };
  });
  const admin = new pg.Client({ connectionString: PG_URL });
  const usePg = process.env.BENCH_DB !== "pglite";
  const url = new URL(PG_URL);
  if (usePg) {
    await admin.connect();
    url.pathname = `/tandem_alloc_${PORT}`;
    await admin.query(`DROP DATABASE IF EXISTS tandem_alloc_${PORT} WITH (FORCE)`);
    await admin.query(`CREATE DATABASE tandem_alloc_${PORT}`);
    await admin.end();
    spawnSync("node", ["--conditions=react-server", "--import", "tsx", "server/cli/index.ts", "db:seed"], {
      env: { ...process.env, DATABASE_URL: url.toString() },
      stdio: "ignore",
    });
  }
  const outDir = fs.mkdtempSync("/tmp/bench-alloc-");
  for (let round = 0; round < ROUNDS; round++) {
    for (const [index, { dir, flags, label }] of variants.entries()) {
      const out = `${outDir}/r${round}-v${index}-`;
      const dataDir = `${dir}/.data/alloc-${Date.now()}`;
      const server = await startServer(
        PORT,
        {
          ...(usePg ? { DATABASE_URL: url.toString() } : { DATABASE_URL: "", PGLITE_DATA_DIR: dataDir }),
          WEB_CONCURRENCY: "1",
          RATE_LIMIT_PER_IP: "100000000",
          RATE_LIMIT_SESSIONS_PER_IP: "100000000",
          RATE_LIMIT_SESSIONS_PER_FLOW: "100000000",
          RATE_LIMIT_PER_SESSION: "100000",
          NODE_OPTIONS: [process.env.BENCH_SERVER_NODE_OPTIONS, flags, `--import ${path.resolve("bench/alloc-server.mjs")}`].filter(Boolean).join(" "),
          BENCH_ALLOC: out,
        },
        [],
        dir,
      );
      const post = httpPoster(PORT);
      await closedLoop(post, 20, 6);
      const turns = await closedLoop(post, 20, SECONDS, () => process.kill(server.pid!, "SIGUSR2"));
      const hwm = /VmHWM:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${server.pid}/status`, "utf8"));
      stopServer(server);
      for (let i = 0; i < 40 && !fs.readdirSync(outDir).some((f) => f.startsWith(path.basename(out)) && f.endsWith(".json")); i++) await sleep(250);
      await sleep(1500);
      fs.rmSync(dataDir, { recursive: true, force: true });
      const file = fs.readdirSync(outDir).find((f) => f.startsWith(path.basename(out)) && f.endsWith(".json"));
      if (!file) throw new Error(`no figures from ${dir}`);
      const r = JSON.parse(fs.readFileSync(`${outDir}/${file}`, "utf8")) as {
        requests: number;
        turns: number;
        allocated: number;
        cpuMs: number;
        kinds: Record<string, { count: number; ms: number; maxMs: number }>;
        memory: NodeJS.MemoryUsage;
      };
      const gc = Object.entries(r.kinds)
        .map(
          ([k, v]) =>
            `${GC_KINDS[k] ?? k} ${((1000 * v.count) / r.requests).toFixed(1)}/1k req, ${(v.ms / r.requests).toFixed(3)} ms/req, max ${v.maxMs.toFixed(1)} ms`,
        )
        .join("; ");
      console.log(
        `${label.padEnd(16)} round ${round + 1}: ${(turns / SECONDS).toFixed(0)} turns/s, ${r.requests} requests (${r.turns} turns): ${(r.allocated / r.requests / 1024).toFixed(0)} KiB allocated per request, CPU ${(r.cpuMs / r.requests).toFixed(2)} ms/req; ${gc}; peak RSS ${hwm ? (Number(hwm[1]) / 1024).toFixed(0) : "?"} MB; at the end: JS heap ${(r.memory.heapTotal / 2 ** 20).toFixed(0)} MB, external ${(r.memory.external / 2 ** 20).toFixed(0)} MB (array buffers ${(r.memory.arrayBuffers / 2 ** 20).toFixed(0)} MB)`,
      );
      const heap = fs.readdirSync(outDir).find((f) => f.startsWith(path.basename(out)) && f.endsWith(".heapprofile"));
      if (heap) for (const line of topSites(`${outDir}/${heap}`)) console.log(line);
    }
  }
}

await main();
