// npm run chaos (and npm test, after the build): the crash test. A production server (`npm start`,
// needs `next build`) under load from 50 concurrent customers — each with an SSE stream, sending
// one message at a time as the chat widget does — is killed with SIGKILL twice and restarted.
// Afterwards, straight from the database:
//   - every acknowledged customer message is stored exactly once; no bot turn answers a message twice;
//   - every conversation's seq runs 1, 2, 3… with no gap up to its lastSeq;
//   - every message whose answer was lost in a crash, retried with the same clientMessageId, gets the
//     replies stored for it (if it had been saved) — and so does every message of a chat that ended since;
//   - every customer's SSE stream, resumed by Last-Event-ID across the crashes, saw every seq once.
// Runs on PostgreSQL when TEST_DATABASE_URL is set, and on the embedded PGlite (its data folder must
// survive the kills: PostgreSQL's own crash recovery, in WASM). Prints the figures; exits non-zero on
// any violation. Options (env): CHAOS_DB=postgres|pglite|both (default: both where possible),
// CHAOS_PORT (default E2E_PORT + 30), CHAOS_CUSTOMERS (50), CHAOS_PHASE_MS (8000).
//
// CHAOS_KILL=worker (npm run chaos:workers): the server runs two cluster workers on PostgreSQL
// (WEB_CONCURRENCY=2) and one *worker* is killed with SIGKILL, twice, while the other keeps serving;
// the primary must replace it, and the same invariants must hold (messages whose answer died with the
// worker are retried with the same clientMessageId and get what was stored). Ends with SIGTERM to the
// primary, which must drain and stop its workers.
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import pg from "pg";

const CUSTOMERS = Number(process.env.CHAOS_CUSTOMERS ?? 50);
const PHASE_MS = Number(process.env.CHAOS_PHASE_MS ?? 8000);
const PORT = Number(process.env.CHAOS_PORT ?? Number(process.env.E2E_PORT ?? 3107) + 30);
const BASE = `http://127.0.0.1:${PORT}`;
const KILL_WORKERS = process.env.CHAOS_KILL === "worker";
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

// What customers say: scripts through the demo flow (a knowledge-base answer that ends with a rating, a
// request for a person, small talk), so chats end, hand off and go on — all while the server dies.
const SCRIPTS = [
  [{ text: "I forgot my password and can't log in" }, { choice: "yes" }, { text: "5" }, { text: "one more thing" }],
  [{ text: "can I talk to a real person please" }, { text: "no thanks" }, { text: "where is my order" }, { text: "it's late" }],
  [{ text: "where is my order" }, { text: "my invoice is wrong" }, { choice: "no" }, { text: "the app keeps crashing" }, { text: "thanks" }],
];

// ── the server ──────────────────────────────────────────────────────────────────────────────────────

let server = null;
/** Cluster workers by id → pid, from the primary's "worker N (pid P) ready" lines; and how many became ready. */
const workers = new Map();
let workersReady = 0;
// The seed and the server read the same settings; a clean clone has no .env.local to supply it.
const AUTH_SECRET = "chaos-secret-chaos-secret-chaos-secret";

async function startServer(env) {
  const [command, ...args] = JSON.parse(fs.readFileSync("package.json", "utf8")).scripts.start.split(/\s+/);
  const started = Date.now();
  const child = spawn(command, [...args, "-p", String(PORT), "-H", "127.0.0.1"], {
    env: {
      ...process.env,
      ...env,
      AUTH_SECRET,
      NEXT_TELEMETRY_DISABLED: "1",
      // Fifty customers share one address here: the limits would measure themselves, not the crash.
      RATE_LIMIT_PER_IP: "1000000",
      RATE_LIMIT_PER_SESSION: "1000000",
      RATE_LIMIT_SESSIONS_PER_IP: "1000000",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout.on("data", (chunk) => {
    for (const [, id, pid] of String(chunk).matchAll(/worker (\d+) \(pid (\d+)\) ready/g)) {
      workers.set(Number(id), Number(pid));
      workersReady++;
    }
  });
  child.stderr.on("data", (chunk) => {
    const text = String(chunk);
    if (!/ECONNRESET|aborted/.test(text)) process.stderr.write(`[server] ${text}`);
  });
  for (let i = 0; i < 480; i++) {
    if (child.exitCode !== null) throw new Error(`the server exited (${child.exitCode}) while starting`);
    try {
      if ((await fetch(`${BASE}/sign-in`)).ok) {
        server = child;
        return Date.now() - started;
      }
    } catch {
      // not up yet
    }
    await sleep(250);
  }
  throw new Error("the server did not start within 2 minutes");
}

function exited(child) {
  return child.exitCode !== null || child.signalCode !== null ? Promise.resolve() : new Promise((resolve) => child.once("exit", resolve));
}

/** SIGKILLs one cluster worker and waits until the primary has a new one ready; returns how long that took. */
async function killWorker() {
  const [id, pid] = workers.entries().next().value;
  workers.delete(id);
  const readyBefore = workersReady;
  const started = Date.now();
  process.kill(pid, "SIGKILL");
  for (let i = 0; i < 600 && workersReady === readyBefore; i++) await sleep(100);
  if (workersReady === readyBefore) throw new Error(`worker ${id} (pid ${pid}) was not replaced within a minute`);
  return Date.now() - started;
}

async function kill(signal) {
  const child = server;
  server = null;
  child.kill(signal);
  await exited(child);
}

// ── customers ───────────────────────────────────────────────────────────────────────────────────────

const counts = { acknowledged: 0, refusedEnded: 0, lostAnswers: 0, lostBeforeSaved: 0, replayed: 0, replayMismatch: 0, errors5xx: 0 };
/** Every message sent: { sessionId, cid, reply (the acknowledged answer), ended (the chat ended later) }. */
const sent = [];
const sessions = [];
/** Milliseconds from POST to answer, for messages answered at the first try. */
const latencies = [];
let running = true;

/** A request that survives the server dying: network failures and 5xx are retried until an answer. */
async function request(method, path, { token, body, once = false } = {}) {
  for (;;) {
    try {
      const response = await fetch(`${BASE}${path}`, {
        method,
        headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...(body ? { "content-type": "application/json" } : {}) },
        body: body ? JSON.stringify(body) : undefined,
      });
      const json = await response.json().catch(() => null);
      if (response.status >= 500) counts.errors5xx++;
      if (response.status < 500) return { status: response.status, body: json };
    } catch {
      // the server is down
    }
    if (once) return null;
    await sleep(150 + Math.random() * 150);
  }
}

/** The customer's SSE stream, resumed with Last-Event-ID whenever it drops, recording every seq it gets. */
function follow(session) {
  const abort = new AbortController();
  session.stop = () => abort.abort();
  void (async () => {
    while (!abort.signal.aborted) {
      try {
        const response = await fetch(`${BASE}/api/v1/chat/sessions/${session.sessionId}/events`, {
          headers: { authorization: `Bearer ${session.token}`, accept: "text/event-stream", "last-event-id": String(session.lastSeen) },
          signal: abort.signal,
        });
        if (response.ok && response.body) {
          let buffer = "";
          for await (const chunk of response.body.pipeThrough(new TextDecoderStream())) {
            buffer += chunk;
            let end;
            while ((end = buffer.indexOf("\n\n")) >= 0) {
              const id = buffer.slice(0, end).match(/^id: (\d+)$/m);
              buffer = buffer.slice(end + 2);
              if (!id) continue;
              const seq = Number(id[1]);
              session.received.push(seq);
              session.lastSeen = Math.max(session.lastSeen, seq);
            }
          }
        }
      } catch {
        // dropped (the server died) or stopped
      }
      if (!abort.signal.aborted) await sleep(200 + Math.random() * 200);
    }
  })();
}

async function customer(index) {
  let session = null;
  let script = [];
  let step = 0;
  while (running) {
    if (!session) {
      const started = await request("POST", "/api/v1/chat/acme/sessions", { body: { channel: "api" } });
      if (started.status !== 201) throw new Error(`starting a chat answered ${started.status}`);
      session = { sessionId: started.body.sessionId, token: started.body.token, received: [], lastSeen: 0, acked: 0 };
      sessions.push(session);
      follow(session);
      script = SCRIPTS[index % SCRIPTS.length];
      step = 0;
    }
    const what = script[step % script.length];
    step++;
    const message = { sessionId: session.sessionId, token: session.token, cid: `c${index}-${sent.length}-${step}`, reply: null, ended: false };
    sent.push(message);
    const body = { clientMessageId: message.cid, ...what };
    const path = `/api/v1/chat/sessions/${session.sessionId}/messages`;
    const postedAt = Date.now();
    let answer = await request("POST", path, { token: session.token, body, once: true });
    if (answer) latencies.push(Date.now() - postedAt);
    if (!answer) {
      // The answer was lost (the server died). As the widget does: send it again, same id, once the server is back —
      // first looking whether it had been saved, and what the server stored after it.
      const before = await request("GET", `/api/v1/chat/sessions/${session.sessionId}`, { token: session.token });
      const customerMessages = before.body.messages.filter((m) => m.author === "customer");
      const saved = customerMessages.length > session.acked;
      answer = await request("POST", path, { token: session.token, body });
      if (saved) {
        counts.lostAnswers++;
        const last = before.body.messages.findLastIndex((m) => m.author === "customer");
        const stored = before.body.messages.slice(last + 1).map((m) => m.id);
        const same = answer.status === 200 && JSON.stringify(answer.body.messages.map((m) => m.id)) === JSON.stringify(stored);
        if (same) counts.replayed++;
        else counts.replayMismatch++;
      } else {
        counts.lostBeforeSaved++;
      }
    }
    if (answer.status === 200) {
      message.reply = answer.body;
      session.acked++;
      counts.acknowledged++;
    } else if (answer.status === 409 && /ended/.test(answer.body?.error?.message ?? "")) {
      counts.refusedEnded++;
      for (const earlier of sent) if (earlier.sessionId === session.sessionId) earlier.ended = true;
      session = null; // a new chat
    } else {
      throw new Error(`a message answered ${answer.status}: ${JSON.stringify(answer.body)}`);
    }
    await sleep(50 + Math.random() * 100);
  }
}

// ── the run ─────────────────────────────────────────────────────────────────────────────────────────

async function run(kind, env, openDb) {
  const startedAt = Date.now();
  const restarts = [];
  const victim = KILL_WORKERS ? "one of 2 workers" : "the server";
  console.log(`\n[chaos:${kind}] ${CUSTOMERS} customers, SIGKILL ${victim} twice, ${PHASE_MS / 1000} s of load between`);
  restarts.push(await startServer(KILL_WORKERS ? { ...env, WEB_CONCURRENCY: "2" } : env));
  if (KILL_WORKERS) for (let i = 0; i < 600 && workers.size < 2; i++) await sleep(100);
  const customers = Array.from({ length: CUSTOMERS }, (_, i) => customer(i));
  const failure = Promise.race(customers).then(() => null);
  for (let kill9 = 0; kill9 < 2; kill9++) {
    await Promise.race([sleep(PHASE_MS), failure]);
    if (KILL_WORKERS) {
      restarts.push(await killWorker());
      console.log(`[chaos:${kind}] SIGKILL of a worker ${kill9 + 1} after ${sent.length} messages sent; replaced`);
      continue;
    }
    await kill("SIGKILL");
    console.log(`[chaos:${kind}] SIGKILL ${kill9 + 1} after ${sent.length} messages sent`);
    await sleep(500);
    restarts.push(await startServer(env));
  }
  await Promise.race([sleep(PHASE_MS), failure]);
  running = false;
  await Promise.all(customers);
  console.log(`[chaos:${kind}] load stopped after ${((Date.now() - startedAt) / 1000).toFixed(1)} s; checking retries and streams`);

  // Retries after the chat ended: every acknowledged message of an ended chat, sent again, gets the same replies.
  let endedReplays = 0;
  let endedReplayMismatch = 0;
  const toReplay = sent.filter((m) => m.ended && m.reply);
  const replayer = async () => {
    for (let message = toReplay.pop(); message; message = toReplay.pop()) {
      const again = await request("POST", `/api/v1/chat/sessions/${message.sessionId}/messages`, {
        token: message.token,
        body: { clientMessageId: message.cid, text: "a retry" },
      });
      const same = again.status === 200 && JSON.stringify(again.body.messages) === JSON.stringify(message.reply.messages);
      if (same) endedReplays++;
      else endedReplayMismatch++;
    }
  };
  await Promise.all(Array.from({ length: 10 }, replayer));

  // Every stream catches up (it resumes by itself), then the server stops cleanly and the database is read.
  const lastSeqOf = new Map();
  for (const session of sessions) {
    const transcript = await request("GET", `/api/v1/chat/sessions/${session.sessionId}`, { token: session.token });
    lastSeqOf.set(session.sessionId, transcript.body.messages.at(-1)?.seq ?? 0);
  }
  for (let i = 0; i < 300 && sessions.some((s) => s.lastSeen < lastSeqOf.get(s.sessionId)); i++) await sleep(100);
  for (const session of sessions) session.stop();
  const stopping = server;
  const stopStarted = Date.now();
  await kill("SIGTERM");
  const stopMs = Date.now() - stopStarted;
  const stopCode = stopping.exitCode;

  const db = await openDb();
  const figures = await check(db, lastSeqOf);
  await db.close();
  const problems = [
    ...figures.problems,
    ...(counts.replayMismatch ? [`${counts.replayMismatch} retries after a crash did not get the stored replies`] : []),
    ...(endedReplayMismatch ? [`${endedReplayMismatch} retries after the chat ended did not get the first answer`] : []),
    ...(stopCode === 143 ? [] : [`SIGTERM did not stop the server cleanly (exit ${stopCode ?? stopping.signalCode})`]),
  ];
  const line = (label, value) => console.log(`  ${label.padEnd(44)} ${value}`);
  console.log(`[chaos:${kind}] figures`);
  line("customer messages acknowledged", counts.acknowledged);
  line("bot messages stored", figures.botMessages);
  line("acknowledged but missing (lost)", figures.lost);
  line("stored twice / bot turns twice (duplicated)", `${figures.duplicatedCustomer} / ${figures.duplicatedBot}`);
  line("answers lost in a crash, replayed on retry", `${counts.replayed} of ${counts.lostAnswers}`);
  line("lost before being saved, sent on retry", counts.lostBeforeSaved);
  line("retries after the chat ended, replayed", `${endedReplays} of ${endedReplays + endedReplayMismatch}`);
  line("conversations / seq gaps or disorder", `${figures.conversations} / ${figures.seqErrors}`);
  line("SSE streams / seqs missed / seqs twice", `${sessions.length} / ${figures.sseMissed} / ${figures.sseTwice}`);
  line("5xx answers (while dying)", counts.errors5xx);
  const sorted = [...latencies].sort((a, b) => a - b);
  line("message answer time p50 / p99 (ms)", `${sorted[Math.floor(sorted.length / 2)] ?? "-"} / ${sorted[Math.floor(sorted.length * 0.99)] ?? "-"}`);
  line(KILL_WORKERS ? "start, then worker replaced after kill (ms)" : "restart to ready (ms)", restarts.map((ms) => Math.round(ms)).join(", "));
  line("SIGTERM to exit (ms)", stopMs);
  line("duration (s)", ((Date.now() - startedAt) / 1000).toFixed(1));
  for (const problem of problems) console.log(`  ✗ ${problem}`);
  console.log(problems.length ? `[chaos:${kind}] FAILED` : `[chaos:${kind}] passed`);
  return problems.length === 0;
}

/** The invariants, read from the database. */
async function check(db, lastSeqOf) {
  const problems = [];
  const customerRows = await db.query(
    `SELECT "conversationId", "clientMessageId", count(*)::int AS n FROM "Message" WHERE "author" = 'CUSTOMER' GROUP BY 1, 2`,
  );
  const stored = new Map(customerRows.map((row) => [`${row.conversationId}/${row.clientMessageId}`, row.n]));
  const acknowledged = sent.filter((m) => m.reply);
  const lost = acknowledged.filter((m) => !stored.has(`${m.sessionId}/${m.cid}`)).length;
  const duplicatedCustomer = customerRows.filter((row) => row.n > 1).length;
  if (lost) problems.push(`${lost} acknowledged messages are not stored`);
  if (duplicatedCustomer) problems.push(`${duplicatedCustomer} customer messages are stored more than once`);

  const seqRows = await db.query(
    `SELECT c."id", c."lastSeq", count(m."seq")::int AS n, COALESCE(min(m."seq"), 0) AS first, COALESCE(max(m."seq"), 0) AS last
     FROM "Conversation" c LEFT JOIN "Message" m ON m."conversationId" = c."id" GROUP BY c."id", c."lastSeq"`,
  );
  const seqErrors = seqRows.filter((row) => row.n !== row.lastSeq || row.last !== row.lastSeq || (row.n > 0 && row.first !== 1)).length;
  if (seqErrors) problems.push(`${seqErrors} conversations have gaps or disorder in seq`);

  // A bot message after the first customer message belongs to the answer of exactly one request (ChatRequest
  // ranges): one outside every range, or inside two, is a turn run twice. (Skipped on a database without the table.)
  const [{ present }] = await db.query(`SELECT to_regclass('"ChatRequest"') IS NOT NULL AS present`);
  let duplicatedBot = "n/a";
  if (present) {
    const [row] = await db.query(
      `SELECT count(*)::int AS n FROM "Message" m
       WHERE m."author" = 'BOT'
         AND m."seq" > COALESCE((SELECT min(f."seq") FROM "Message" f WHERE f."conversationId" = m."conversationId" AND f."author" = 'CUSTOMER'), 2147483647)
         AND (SELECT count(*) FROM "ChatRequest" r WHERE r."conversationId" = m."conversationId" AND m."seq" > r."afterSeq" AND m."seq" <= r."throughSeq") <> 1`,
    );
    duplicatedBot = row.n;
    if (duplicatedBot) problems.push(`${duplicatedBot} bot messages answer no request or two`);
  }
  const [bots] = await db.query(`SELECT count(*)::int AS n FROM "Message" WHERE "author" = 'BOT'`);

  let sseMissed = 0;
  let sseTwice = 0;
  for (const session of sessions) {
    const seen = new Set(session.received);
    sseTwice += session.received.length - seen.size;
    const missed = [];
    for (let seq = 1; seq <= lastSeqOf.get(session.sessionId); seq++) if (!seen.has(seq)) missed.push(seq);
    if (missed.length) console.log(`  stream of ${session.sessionId} (last seen ${session.lastSeen}) missed seqs ${missed.join(", ")}`);
    sseMissed += missed.length;
  }
  if (sseMissed || sseTwice) problems.push(`SSE streams missed ${sseMissed} seqs and got ${sseTwice} twice`);
  return { problems, lost, duplicatedCustomer, duplicatedBot, botMessages: bots.n, seqErrors, conversations: seqRows.length, sseMissed, sseTwice };
}

function reset() {
  running = true;
  workers.clear();
  sent.length = 0;
  sessions.length = 0;
  latencies.length = 0;
  for (const key of Object.keys(counts)) counts[key] = 0;
}

async function onPostgres() {
  const serverUrl = new URL(process.env.TEST_DATABASE_URL);
  const name = `${decodeURIComponent(serverUrl.pathname.slice(1)) || "tandem"}_chaos_${PORT}`;
  const admin = new pg.Client({ connectionString: serverUrl.toString() });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await admin.query(`CREATE DATABASE "${name}"`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const env = { DATABASE_URL: url.toString() };
  if (spawnSync("npm", ["run", "--silent", "db:seed"], { env: { ...process.env, AUTH_SECRET, ...env }, stdio: "inherit" }).status !== 0)
    throw new Error("seeding failed");
  try {
    return await run("postgres", env, async () => {
      const client = new pg.Client({ connectionString: url.toString() });
      await client.connect();
      return { query: async (sql) => (await client.query(sql)).rows, close: () => client.end() };
    });
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await admin.end();
  }
}

async function onPglite() {
  const dataDir = `.data/chaos-${Date.now()}`;
  try {
    return await run("pglite", { DATABASE_URL: "", PGLITE_DATA_DIR: dataDir, TANDEM_SEED_DEMO: "true" }, async () => {
      const { PGlite } = await import("@electric-sql/pglite");
      const database = await PGlite.create(dataDir);
      return { query: async (sql) => (await database.query(sql)).rows, close: () => database.close() };
    });
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
    fs.rmSync(`${dataDir}.lock`, { force: true });
  }
}

const which = KILL_WORKERS ? "postgres" : (process.env.CHAOS_DB ?? (process.env.TEST_DATABASE_URL ? "both" : "pglite"));
if (!fs.existsSync(".next/BUILD_ID")) {
  console.error("[chaos] no production build: run `npx next build` first");
  process.exit(1);
}
const results = [];
try {
  if (which === "postgres" || which === "both") {
    if (!process.env.TEST_DATABASE_URL) throw new Error("CHAOS_DB=postgres needs TEST_DATABASE_URL");
    results.push(await onPostgres());
    reset();
  }
  if (which === "pglite" || which === "both") results.push(await onPglite());
} catch (error) {
  console.error(`[chaos] ${error.stack ?? error}`);
  if (server) server.kill("SIGKILL");
  results.push(false);
}
const passed = results.filter(Boolean).length;
fs.mkdirSync("test-results", { recursive: true });
fs.writeFileSync(
  KILL_WORKERS ? "test-results/chaos-workers.json" : "test-results/chaos.json",
  JSON.stringify({ passed, failed: results.length - passed, skipped: 0 }),
);
process.exit(passed === results.length ? 0 : 1);
