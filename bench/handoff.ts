// npm run bench:handoff — real-time handoff on PostgreSQL against a production build:
// 500 customers with open SSE streams and 20 agents with open inbox streams.
//   (a) a customer's "Talk to a person" POST → the change event on the agents' inbox streams
//   (b) an agent's message POST (tRPC inbox.send) → the message on the customer's stream
// p50/p95/p99 over thousands of samples, and the app server's peak RSS.
// Goals: (a) p99 ≤ 100 ms, (b) p99 ≤ 50 ms, RSS ≤ 400 MB.
import { execSync, spawnSync } from "node:child_process";
import bcrypt from "bcryptjs";
import pg from "pg";
import { ensureBuild, sleep, startServer, stopServer } from "./bench-server";
import { openSse } from "./sse-reader";

const PG_URL = process.env.BENCH_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
const PORT = Number(process.env.BENCH_PORT ?? 3193);
const BASE = `http://127.0.0.1:${PORT}`;
const CUSTOMERS = Number(process.env.BENCH_CUSTOMERS ?? 500);
const AGENTS = Number(process.env.BENCH_AGENTS ?? 20);
const MESSAGES_PER_CONVERSATION = 4;
const PASSWORD = "bench-agent-pass";

const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
const summary = (values: number[]) => {
  const s = [...values].sort((a, b) => a - b);
  return `n=${s.length}  p50 ${quantile(s, 0.5).toFixed(1)} ms  p95 ${quantile(s, 0.95).toFixed(1)} ms  p99 ${quantile(s, 0.99).toFixed(1)} ms`;
};

async function prepareDatabase(): Promise<string> {
  const admin = new pg.Client({ connectionString: PG_URL });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS tandem_bench_handoff_${PORT} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE tandem_bench_handoff_${PORT}`);
  await admin.end();
  const url = new URL(PG_URL);
  url.pathname = `/tandem_bench_handoff_${PORT}`;
  const seeded = spawnSync("node", ["--conditions=react-server", "--import", "tsx", "server/cli/index.ts", "db:seed"], {
    env: { ...process.env, DATABASE_URL: url.toString() },
    encoding: "utf8",
  });
  if (seeded.status !== 0) throw new Error(`seed failed: ${seeded.stderr}`);
  // Billing open around the clock, and AGENTS more agents in it, online with room for everyone.
  const db = new pg.Client({ connectionString: url.toString() });
  await db.connect();
  const hash = await bcrypt.hash(PASSWORD, 10);
  const { rows } = await db.query(`SELECT t."id", t."workspaceId" FROM "Team" t WHERE t."name" = 'Billing'`);
  const billing = rows[0] as { id: string; workspaceId: string };
  await db.query(`UPDATE "Team" SET "businessHoursId" = NULL, "assignmentPolicy" = 'MANUAL'`);
  for (let i = 0; i < AGENTS; i++) {
    const user = await db.query(`INSERT INTO "User" ("id", "email", "name", "passwordHash", "updatedAt") VALUES ($1, $2, $3, $4, now()) RETURNING "id"`, [
      `bench-user-${i}`,
      `agent${i}@bench.test`,
      `Agent ${i}`,
      hash,
    ]);
    await db.query(
      `INSERT INTO "Membership" ("id", "workspaceId", "userId", "role", "presence", "maxConcurrent", "updatedAt") VALUES ($1, $2, $3, 'AGENT', 'ONLINE', 1000, now())`,
      [`bench-membership-${i}`, billing.workspaceId, user.rows[0].id],
    );
    await db.query(`INSERT INTO "TeamMember" ("teamId", "membershipId") VALUES ($1, $2)`, [billing.id, `bench-membership-${i}`]);
  }
  await db.end();
  return url.toString();
}

/** Signs an agent in through Auth.js's credentials callback; returns the Cookie header. */
async function signIn(email: string): Promise<string> {
  const csrf = await fetch(`${BASE}/api/auth/csrf`);
  const jar = new Map<string, string>();
  const keep = (response: Response) => {
    for (const cookie of response.headers.getSetCookie()) {
      const [pair] = cookie.split(";");
      const [name, ...value] = pair!.split("=");
      jar.set(name!, value.join("="));
    }
  };
  keep(csrf);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const cookie = () => [...jar].map(([name, value]) => `${name}=${value}`).join("; ");
  const response = await fetch(`${BASE}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookie() },
    body: new URLSearchParams({ csrfToken, email, password: PASSWORD, callbackUrl: `${BASE}/inbox` }),
  });
  keep(response);
  if (![...jar.keys()].some((name) => name.includes("session-token"))) throw new Error(`sign-in failed for ${email}: ${response.status}`);
  return cookie();
}

async function trpc(cookie: string, path: string, input: unknown) {
  const response = await fetch(`${BASE}/api/trpc/${path}`, {
    method: "POST",
    headers: { "content-type": "application/json", cookie },
    body: JSON.stringify({ json: input }),
  });
  if (!response.ok) throw new Error(`${path}: ${response.status} ${await response.text()}`);
}

async function post(path: string, body: unknown, token?: string) {
  const response = await fetch(BASE + path, {
    method: "POST",
    headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${path}: ${response.status} ${await response.text()}`);
  return response.json() as Promise<{ sessionId: string; token: string }>;
}

function rssOf(pgid: number): number {
  const out = execSync(`ps -o rss= -g ${pgid}`, { encoding: "utf8" });
  return Math.max(0, ...out.split("\n").map((line) => Number(line.trim()) || 0)) / 1024;
}

async function main() {
  ensureBuild();
  const databaseUrl = await prepareDatabase();
  const server = await startServer(PORT, {
    DATABASE_URL: databaseUrl,
    RATE_LIMIT_PER_IP: "100000000",
    RATE_LIMIT_SESSIONS_PER_IP: "100000000",
    RATE_LIMIT_SESSIONS_PER_FLOW: "100000000",
    RATE_LIMIT_PER_SESSION: "100000",
  });
  const abort = new AbortController();
  await fetch(`${BASE}/c/acme`); // load the chat page and the NLU once
  const idleRss = rssOf(server.pid!);
  let peakRss = 0;
  const rssTimer = setInterval(() => (peakRss = Math.max(peakRss, rssOf(server.pid!))), 500);
  try {
    // Agents: signed in, inbox streams open. Each records when it hears of each conversation.
    const agentCookies = await Promise.all(Array.from({ length: AGENTS }, (_, i) => signIn(`agent${i}@bench.test`)));
    const heard = new Map<string, number[]>();
    await Promise.all(
      agentCookies.map((cookie) =>
        openSse(`${BASE}/api/inbox/events`, { cookie }, abort.signal, (event) => {
          if (event.event !== "change") return;
          const { conversationId } = JSON.parse(event.data) as { conversationId: string };
          heard.get(conversationId)?.push(event.receivedAt);
        }),
      ),
    );

    // Customers: sessions started, streams open; each records when it sees an agent's message (by text).
    const customers = [];
    for (let i = 0; i < CUSTOMERS; i++) customers.push(await post("/api/v1/chat/acme/sessions", { channel: "api" }));
    const seenAt = new Map<string, number>();
    await Promise.all(
      customers.map((session) =>
        openSse(`${BASE}/api/v1/chat/sessions/${session.sessionId}/events?token=${encodeURIComponent(session.token)}`, {}, abort.signal, (event) => {
          const message = JSON.parse(event.data) as { author: string; text: string };
          if (message.author === "agent") seenAt.set(message.text, event.receivedAt);
        }),
      ),
    );
    console.error(`  ${AGENTS} agent streams and ${CUSTOMERS} customer streams open`);

    // (a) "Talk to a person" → every agent's inbox stream.
    const handoffLatencies: number[] = [];
    for (const [i, session] of customers.entries()) {
      const times: number[] = [];
      heard.set(session.sessionId, times);
      const started = performance.now();
      await post(`/api/v1/chat/sessions/${session.sessionId}/handoff`, {}, session.token);
      for (let wait = 0; times.length < AGENTS && wait < 200; wait++) await sleep(5);
      handoffLatencies.push(...times.slice(0, AGENTS).map((at) => at - started));
      heard.delete(session.sessionId);
      if (i % 100 === 99) console.error(`  (a) ${i + 1} handoffs`);
      await sleep(20);
    }

    // (b) agent message → the customer's stream.
    for (const [i, session] of customers.entries()) await trpc(agentCookies[i % AGENTS]!, "inbox.accept", { conversationId: session.sessionId });
    const messageLatencies: number[] = [];
    const postLatencies: number[] = [];
    for (let round = 0; round < MESSAGES_PER_CONVERSATION; round++) {
      for (const [i, session] of customers.entries()) {
        const text = `bench ${round}-${i}`;
        const started = performance.now();
        await trpc(agentCookies[i % AGENTS]!, "inbox.send", { conversationId: session.sessionId, text });
        postLatencies.push(performance.now() - started);
        for (let wait = 0; !seenAt.has(text) && wait < 200; wait++) await sleep(2);
        if (seenAt.has(text)) messageLatencies.push(seenAt.get(text)! - started);
        await sleep(5);
      }
      console.error(`  (b) round ${round + 1} of ${MESSAGES_PER_CONVERSATION}`);
    }

    console.log(`\nHandoff real time on PostgreSQL (${CUSTOMERS} customer streams, ${AGENTS} agent inbox streams, sequential requests)`);
    console.log(`  (a) "Talk to a person" POST → agents' inbox streams: ${summary(handoffLatencies)}   (goal p99 ≤ 100 ms)`);
    console.log(`  (b) agent message POST → customer's stream:        ${summary(messageLatencies)}   (goal p99 ≤ 50 ms)`);
    console.log(`      of which the POST's own response:              ${summary(postLatencies)}`);
    console.log(`  app server peak RSS: ${peakRss.toFixed(0)} MB (idle after start: ${idleRss.toFixed(0)} MB)   (goal ≤ 400 MB)`);
  } finally {
    clearInterval(rssTimer);
    abort.abort();
    stopServer(server);
    await sleep(1000);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
