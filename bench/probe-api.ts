// npm run probe:api — the public API probed as an attacker and an unlucky client would, against a
// production build (`npm start`) on a fresh PostgreSQL database seeded with the demo workspace.
// Not part of the test run (the fuzz suite in tests/ is); this prints numbers for the record.
//
//   fuzz:  PROBE_REQUESTS (default 3,000) seeded random requests — methods, paths (broken and
//          NUL escapes, dot segments, unicode, huge ids), headers, bodies (null, wrong types,
//          NUL and lone surrogates in every field, deep nesting, __proto__/constructor keys) —
//          over every /api/v1 endpoint, with valid customer and API tokens some of the time.
//          Counts 5xx answers and error answers that are not `{ error: { code, message } }` JSON.
//   xff:   PROBE_XFF (default 1,200) session starts, each with another X-Forwarded-For, against a
//          server with the default rate limits: do 429s appear (the per-IP limit holds)?
//
// PROBE_DATABASE_URL (default the local server as tandem_ci), PROBE_SEED (default 1), BENCH_BUILD=0
// reuses an existing build. A fresh database is made for each server and dropped afterwards.
import { spawnSync } from "node:child_process";
import http from "node:http";
import { randomBytes } from "node:crypto";
import pg from "pg";
import { ensureBuild, startServer, stopServer } from "./bench-server";

const PG_URL = process.env.PROBE_DATABASE_URL ?? "postgresql://tandem_ci:tandem_ci@127.0.0.1:5432/postgres";
const SEED = Number(process.env.PROBE_SEED ?? 1);
const REQUESTS = Number(process.env.PROBE_REQUESTS ?? 3000);
const XFF_REQUESTS = Number(process.env.PROBE_XFF ?? 1200);
const PORT = Number(process.env.PROBE_PORT ?? 3290);

/* ------------------------------------------------------------- randomness */

function mulberry32(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const random = mulberry32(SEED);
const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
const chance = (p: number) => random() < p;

const NASTY_STRINGS = [
  "",
  " ",
  "\u0000",
  "a\u0000b",
  "\ud800",
  "x\udfffy",
  "\ud83d",
  "constructor",
  "__proto__",
  "toString",
  "hasOwnProperty",
  "x".repeat(5000),
  "🙂".repeat(100),
  "مرحبا",
  "<script>alert(1)</script>",
  "../../etc/passwd",
  "%ff",
  "\u202e",
  "\uffff",
  "null",
  "1e309",
];
const NASTY_NUMBERS = [0, -1, 1.5, 1e308, -1e308, 2 ** 31, 2 ** 53 + 1, Number.MAX_SAFE_INTEGER, 5, 3];

function nastyValue(depth = 0): unknown {
  const kind = Math.floor(random() * (depth > 3 ? 5 : 8));
  switch (kind) {
    case 0:
      return pick(NASTY_STRINGS);
    case 1:
      return pick(NASTY_NUMBERS);
    case 2:
      return pick([true, false, null]);
    case 3:
      return `m-${Math.floor(random() * 1e6)}`;
    case 4:
      return pick(NASTY_STRINGS) + pick(NASTY_STRINGS);
    case 5:
      return Array.from({ length: Math.floor(random() * 4) }, () => nastyValue(depth + 1));
    default: {
      const object: Record<string, unknown> = Object.create(null); // so "__proto__" is a key like any other
      for (let i = Math.floor(random() * 4); i > 0; i--)
        object[pick([...NASTY_STRINGS, "text", "clientMessageId", "choice", "name", "slug"])] = nastyValue(depth + 1);
      return object;
    }
  }
}

const deep = (levels: number) => "[".repeat(levels) + "]".repeat(levels);

/** A body for an endpoint: mostly near-valid with one field made nasty, sometimes raw garbage. */
function nastyBody(fields: Record<string, () => unknown>): string | undefined {
  const roll = random();
  if (roll < 0.05) return undefined;
  if (roll < 0.1)
    return pick(["null", "[]", "1", '"text"', "true", "{", "{}", '{"a":', "\u0000", deep(5000), `{"text":"${"\\u0000"}"}`, '{"__proto__":{"x":1}}']);
  const body: Record<string, unknown> = Object.create(null);
  for (const [key, make] of Object.entries(fields)) if (!chance(0.15)) body[key] = make();
  const target = pick([...Object.keys(fields), "__proto__", "constructor", "extra"]);
  if (chance(0.8)) body[target] = nastyValue();
  return JSON.stringify(body);
}

/* ------------------------------------------------------------------ HTTP */

interface Answer {
  status: number;
  contentType: string;
  body: string;
}

/** A raw request: the path is sent exactly as given (dot segments and broken escapes included). */
function send(method: string, path: string, headers: Record<string, string>, body?: string): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const request = http.request({ host: "127.0.0.1", port: PORT, method, path, headers, timeout: 10_000 }, (response) => {
      const contentType = String(response.headers["content-type"] ?? "");
      if (contentType.startsWith("text/event-stream")) {
        response.destroy();
        return resolve({ status: response.statusCode!, contentType, body: "" });
      }
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("end", () => resolve({ status: response.statusCode!, contentType, body: Buffer.concat(chunks).toString("utf8") }));
      response.on("error", reject);
    });
    request.on("timeout", () => request.destroy(new Error("timeout")));
    request.on("error", reject);
    if (body !== undefined) request.write(body);
    request.end();
  });
}

const isErrorShape = (answer: Answer) => {
  if (!answer.contentType.includes("application/json")) return false;
  try {
    const parsed = JSON.parse(answer.body) as { error?: { code?: unknown; message?: unknown } };
    return typeof parsed.error?.code === "string" && typeof parsed.error.message === "string";
  } catch {
    return false;
  }
};

/* -------------------------------------------------------------- database */

async function freshDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `tandem_probe_${randomBytes(4).toString("hex")}`;
  const admin = new pg.Client({ connectionString: PG_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const url = new URL(PG_URL);
  url.pathname = `/${name}`;
  const env = { ...process.env, DATABASE_URL: url.toString(), AUTH_SECRET: "probe-secret-probe-secret-probe-secret" };
  const seeded = spawnSync("npm", ["run", "--silent", "db:seed"], { env, encoding: "utf8" });
  if (seeded.status !== 0) throw new Error(`db:seed failed: ${seeded.stderr}`);
  return {
    url: url.toString(),
    drop: async () => {
      const client = new pg.Client({ connectionString: PG_URL });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await client.end();
    },
  };
}

function apiToken(databaseUrl: string): string {
  const env = { ...process.env, DATABASE_URL: databaseUrl, AUTH_SECRET: "probe-secret-probe-secret-probe-secret" };
  const made = spawnSync("npm", ["run", "--silent", "cli", "--", "api-token", "create", "--email", "admin@acme.test", "--name", "probe"], {
    env,
    encoding: "utf8",
  });
  const token = made.stdout.trim().split("\n").at(-1)!;
  if (!token.startsWith("tdm_")) throw new Error(`api-token create failed: ${made.stderr}`);
  return token;
}

/* ------------------------------------------------------------------ fuzz */

async function fuzz(workspaceToken: string) {
  const json = { "content-type": "application/json" };
  const sessions: { sessionId: string; token: string }[] = [];
  for (let i = 0; i < 5; i++) sessions.push(JSON.parse((await send("POST", "/api/v1/chat/acme/sessions", json, "{}")).body));
  const flows = (JSON.parse((await send("GET", "/api/v1/flows", { authorization: `Bearer ${workspaceToken}` })).body) as { flows: { id: string }[] }).flows;

  const segment = () =>
    pick([
      sessions[0]!.sessionId,
      "x",
      "%ff",
      "%",
      "%00",
      "%zz",
      "%ed%a0%80",
      "..",
      ".",
      "%2e%2e",
      "%2f",
      encodeURIComponent("🙂"),
      "a".repeat(3000),
      "constructor",
      "__proto__",
      String(2 ** 64),
      "",
    ]);
  const methods = ["GET", "POST", "POST", "POST", "PUT", "PATCH", "DELETE", "OPTIONS", "HEAD", "TRACE", "PROPFIND", "get"];
  const message = () => ({ clientMessageId: () => `m-${Math.floor(random() * 1e9)}`, text: () => pick(["hello", "where is my order", "talk to a person"]) });
  const endpoints: { path: () => string; body?: Record<string, () => unknown>; auth: "customer" | "workspace" | "none" }[] = [
    { path: () => `/api/v1/chat/${pick(["acme", "nope", segment()])}/sessions`, body: { channel: () => pick(["web", "api"]) }, auth: "none" },
    { path: () => `/api/v1/chat/sessions/${pick([pick(sessions).sessionId, segment()])}/messages`, body: message(), auth: "customer" },
    {
      path: () => `/api/v1/chat/sessions/${pick(sessions).sessionId}/messages`,
      body: { clientMessageId: () => "c1", choice: () => pick(["yes", "no"]) },
      auth: "customer",
    },
    { path: () => `/api/v1/chat/sessions/${pick([pick(sessions).sessionId, segment()])}`, auth: "customer" },
    { path: () => `/api/v1/chat/sessions/${pick(sessions).sessionId}/handoff`, auth: "customer" },
    { path: () => `/api/v1/chat/sessions/${pick(sessions).sessionId}/typing`, body: { typing: () => true }, auth: "customer" },
    { path: () => `/api/v1/chat/sessions/${pick(sessions).sessionId}/read`, body: { seq: () => 1 }, auth: "customer" },
    { path: () => `/api/v1/chat/sessions/${pick(sessions).sessionId}/rating`, body: { rating: () => 4, comment: () => "ok" }, auth: "customer" },
    { path: () => `/api/v1/chat/sessions/${pick(sessions).sessionId}/callback-slots`, auth: "customer" },
    {
      path: () => `/api/v1/chat/sessions/${pick(sessions).sessionId}/callback`,
      body: { phone: () => "+44 20 7946 0000", startsAt: () => new Date(Date.now() + 86_400_000).toISOString() },
      auth: "customer",
    },
    { path: () => `/api/v1/chat/sessions/${pick(sessions).sessionId}/transcript`, auth: "customer" },
    { path: () => `/api/v1/chat/sessions/${pick([pick(sessions).sessionId, segment()])}/events?lastEventId=${pick(["1", "x", "%00", "1e400"])}`, auth: "none" },
    { path: () => "/api/v1/flows", auth: "workspace" },
    {
      path: () => "/api/v1/flows",
      body: {
        name: () => "Probe",
        slug: () => pick(["acme", `p-${Math.floor(random() * 1e6)}`]),
        document: () => ({ version: 1, nodes: [nastyValue()], edges: [] }),
      },
      auth: "workspace",
    },
    { path: () => `/api/v1/flows/${pick([pick(flows).id, segment()])}`, auth: "workspace" },
    { path: () => `/api/v1/flows/${pick([pick(flows).id, segment()])}/publish`, auth: "workspace" },
    { path: () => `/api/v1/conversations?status=${pick(["bot", "x", "%00", "", "queued&status=bot"])}`, auth: "workspace" },
    { path: () => `/api/v1/${segment()}/${segment()}`, auth: "none" },
    { path: () => `/api/v1/chat/${segment()}/../../flows`, auth: "workspace" },
    { path: () => `/api/v1/${pick(["", "chat", "chat/sessions", "flows/x/y/z", "conversations/x"])}`, auth: "none" },
    { path: () => `/embed/${pick(["acme", segment()])}/config`, auth: "none" },
  ];

  const counts = { total: 0, byStatus: new Map<number, number>(), fiveXX: 0, nonJsonErrors: 0, failures: 0 };
  const examples: string[] = [];
  for (let i = 0; i < REQUESTS; i++) {
    const endpoint = pick(endpoints);
    const method = chance(0.75) ? (endpoint.body ? "POST" : "GET") : pick(methods);
    const path = endpoint.path();
    const headers: Record<string, string> = chance(0.9)
      ? { ...json }
      : { "content-type": pick(["text/plain", "application/x-www-form-urlencoded", "application/json; charset=latin1"]) };
    const session = pick(sessions);
    if (endpoint.auth === "customer" && chance(0.85))
      headers.authorization = `Bearer ${chance(0.9) ? session.token : pick(["cst_x", "", "tdm_x", "x".repeat(500)])}`;
    if (endpoint.auth === "workspace" && chance(0.85)) headers.authorization = `Bearer ${chance(0.9) ? workspaceToken : pick(["tdm_", "cst_x", "Basic x"])}`;
    if (chance(0.05)) headers["content-length"] = pick(["0", "99999999", "-1"]);
    if (chance(0.05)) headers["last-event-id"] = pick(["-1", "1e309", "abc"]);
    const body = endpoint.body && method !== "GET" && method !== "HEAD" ? nastyBody(endpoint.body) : chance(0.05) ? "garbage" : undefined;
    if (body !== undefined && headers["content-length"] === undefined) headers["content-length"] = String(Buffer.byteLength(body));
    let answer: Answer;
    try {
      answer = await send(method, path, headers, headers["content-length"] === "99999999" || headers["content-length"] === "-1" ? undefined : body);
    } catch (error) {
      counts.failures++;
      if (examples.length < 15) examples.push(`${method} ${path.slice(0, 100)} → ${(error as Error).message}`);
      continue;
    }
    counts.total++;
    counts.byStatus.set(answer.status, (counts.byStatus.get(answer.status) ?? 0) + 1);
    const bad5xx = answer.status >= 500;
    const badShape = answer.status >= 400 && method !== "HEAD" && !isErrorShape(answer);
    if (bad5xx) counts.fiveXX++;
    if (badShape) counts.nonJsonErrors++;
    if ((bad5xx || badShape) && examples.length < 15) {
      examples.push(`${method} ${path.slice(0, 100)} ${body ? body.slice(0, 80) : ""} → ${answer.status} ${answer.contentType} ${answer.body.slice(0, 120)}`);
    }
  }
  return { counts, examples };
}

/* -------------------------------------------------------------- XFF test */

async function xffRotation() {
  const statuses = new Map<number, number>();
  let next = 0;
  const worker = async () => {
    while (next < XFF_REQUESTS) {
      const i = next++;
      const forwarded = `${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}.${1 + Math.floor(random() * 250)}`;
      const answer = await send("POST", "/api/v1/chat/acme/sessions", { "content-type": "application/json", "x-forwarded-for": forwarded }, "{}");
      statuses.set(answer.status, (statuses.get(answer.status) ?? 0) + 1);
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: 8 }, worker));
  return { statuses, seconds: (performance.now() - started) / 1000 };
}

/* ------------------------------------------------------------------ main */

const summary = (map: Map<number, number>) =>
  [...map.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([status, n]) => `${status}×${n}`)
    .join(" ");

async function main() {
  ensureBuild();
  console.log(`probe seed ${SEED} (PROBE_SEED overrides)`);

  const fuzzDb = await freshDatabase();
  const token = apiToken(fuzzDb.url);
  // High limits: the fuzzed requests must reach the handlers, not the rate limiter.
  let server = await startServer(PORT, {
    DATABASE_URL: fuzzDb.url,
    RATE_LIMIT_PER_IP: "100000000",
    RATE_LIMIT_PER_SESSION: "100000",
    RATE_LIMIT_SESSIONS_PER_IP: "100000000",
    RATE_LIMIT_SESSIONS_PER_FLOW: "100000000",
  });
  try {
    const { counts, examples } = await fuzz(token);
    console.log(`fuzz: ${counts.total} answered (${counts.failures} connection failures): ${summary(counts.byStatus)}`);
    console.log(`fuzz: 5xx ${counts.fiveXX}, error answers not { error: { code, message } } JSON ${counts.nonJsonErrors}`);
    for (const example of examples) console.log(`  e.g. ${example}`);
  } finally {
    stopServer(server);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    await fuzzDb.drop();
  }

  const xffDb = await freshDatabase();
  server = await startServer(PORT, { DATABASE_URL: xffDb.url });
  try {
    const { statuses, seconds } = await xffRotation();
    const limited = statuses.get(429) ?? 0;
    console.log(
      `xff: ${XFF_REQUESTS} session starts with rotating X-Forwarded-For in ${seconds.toFixed(1)} s: ${summary(statuses)} → limit ${limited > 0 ? "holds" : "BYPASSED"}`,
    );
  } finally {
    stopServer(server);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    await xffDb.drop();
  }
}

await main();
