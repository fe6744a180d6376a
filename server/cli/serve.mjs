// npm start — the production server: Node's own HTTP server in front of
// Next.js's request handler (the same one `next start` runs). It answers the
// REST API (/api/v1/**, the inbox's stream, the widget's config) itself, from
// the route table that start-up registers (server/api/rest/serve-direct.ts:
// Next.js's pipeline off the hot path, and a stream held open inside it costs
// five times the memory), and hands every other request to Next.js.
// Options as `next start`: -p/--port (or PORT; 3000), -H/--hostname (all interfaces by default; not
// from HOSTNAME, which Docker sets to the container's id).
// On a PostgreSQL server it runs one such server per core (WEB_CONCURRENCY overrides), as node:cluster
// workers sharing the port, under a primary that replaces a worker that dies (cluster-primary.mjs).
import cluster from "node:cluster";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import nextEnv from "@next/env";
import { runPrimary } from "./cluster-primary.mjs";
import { headersFor } from "./security-headers.mjs";
import { workerCount } from "./worker-count.mjs";

const SERVE_DIRECT = Symbol.for("tandem.serveDirect");
const SHUTDOWN = Symbol.for("tandem.shutdown");
const SIGNALS_HANDLED = Symbol.for("tandem.signalsHandled");

function options(args) {
  const found = { port: Number(process.env.PORT) || 3000, hostname: undefined };
  for (let i = 0; i < args.length; i++) {
    const [flag, inline] = args[i].split("=", 2);
    const value = () => inline ?? args[++i];
    if (flag === "-p" || flag === "--port") found.port = Number(value());
    else if (flag === "-H" || flag === "--hostname") found.hostname = value();
    else fail(`unknown option ${args[i]} (use -p PORT and -H HOSTNAME)`);
  }
  if (!Number.isInteger(found.port) || found.port < 0 || found.port > 65535) fail("the port must be a number from 0 to 65535");
  return found;
}

function fail(message) {
  console.error(`\n[tandem] cannot start: ${message}\n`);
  process.exit(1);
}

const { port, hostname } = options(process.argv.slice(2));
process.env.NODE_ENV ??= "production"; // before Next.js and React load: they pick their builds by it
const dir = path.resolve(import.meta.dirname, "../..");

if (cluster.isPrimary) {
  // The .env files Next.js would read, so DATABASE_URL and WEB_CONCURRENCY may live there too.
  nextEnv.loadEnvConfig(dir, false, { info: () => {}, error: console.error });
  const { count, note } = workerCount(process.env, os.availableParallelism());
  if (note) console.log(`[tandem] ${note}`);
  if (count > 1) {
    runPrimary({ count, log: (line) => console.log(`[tandem] ${line}`) });
  } else {
    await serve();
  }
} else {
  await serve();
}

async function serve() {
  globalThis[SIGNALS_HANDLED] = true; // start-up leaves SIGTERM/SIGINT to this file (see shutdown below)

  const { default: next } = await import("next");
  const app = next({ dev: false, dir, hostname, port });
  await app.prepare().catch((error) => fail(error.message)); // e.g. no production build yet: "run next build"
  const handle = app.getRequestHandler();

  // The direct path also appends the socket's address to X-Forwarded-For for the requests it leaves to
  // Next.js, so pages, tRPC and sign-in see the same client address as the API (TRUST_PROXY, docs/deploy.md).
  // Requests being answered, so that shutdown can let them finish (streams excepted: they never do).
  const DRAIN_MS = 10_000;
  const inflight = new Map();
  let stopping = false;
  const server = http.createServer((req, res) => {
    inflight.set(res, /\/events(?:\?|$)/.test(req.url ?? ""));
    res.once("close", () => inflight.delete(res));
    if (stopping) res.setHeader("connection", "close");
    if (globalThis[SERVE_DIRECT]?.(req, res, headersFor)) return;
    void handle(req, res);
  });
  // A request Node cannot parse (a method name in lower case, a broken header) never reaches a handler:
  // answer it in the API's error shape too, instead of a bare 400.
  server.on("clientError", (error, socket) => {
    if (!socket.writable || error.code === "ECONNRESET") return void socket.destroy();
    const status = error.code === "HPE_HEADER_OVERFLOW" ? 431 : error.code === "ERR_HTTP_REQUEST_TIMEOUT" ? 408 : 400;
    const body = JSON.stringify({ error: { code: "bad_request", message: "The request could not be read as HTTP." } });
    socket.end(
      `HTTP/1.1 ${status} ${http.STATUS_CODES[status]}\r\ncontent-type: application/json\r\ncontent-length: ${Buffer.byteLength(body)}\r\nconnection: close\r\n\r\n${body}`,
    );
  });
  server.on("error", (error) => fail(error.code === "EADDRINUSE" ? `port ${port} is already in use` : error.message));
  server.listen(port, hostname, () => console.log(`[tandem] ready on http://${hostname ?? "localhost"}:${port}`));

  // Shutdown (a deploy, Ctrl+C, the cluster's primary passing SIGTERM on): stop accepting, drop the open
  // streams (their clients reconnect — to another worker or instance — and resume from their last event id),
  // let the requests under way finish (up to DRAIN_MS: a turn's answer is not thrown away), let Next.js
  // finish, then close the app's own resources (timers; the embedded database's files) before exiting.
  const shutdown = async (signal) => {
    if (stopping) return;
    stopping = true;
    server.close();
    server.closeIdleConnections();
    for (const [res, stream] of inflight) if (stream) res.destroy();
    const deadline = Date.now() + DRAIN_MS;
    while (inflight.size > 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 25));
    server.closeAllConnections();
    await app.close().catch((error) => console.error(error));
    await globalThis[SHUTDOWN]?.().catch((error) => console.error(error));
    process.exit(signal === "SIGINT" ? 130 : 143);
  };
  process.on("SIGTERM", () => void shutdown("SIGTERM"));
  process.on("SIGINT", () => void shutdown("SIGINT"));
}
