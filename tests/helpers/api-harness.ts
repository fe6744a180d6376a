import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, beforeEach } from "vitest";
import { seedDemoWorkspace } from "@/prisma/seed";
import { matchRoute } from "@/server/api/rest/match-route";
import { setPublicApi } from "@/server/api/rest/public-api";
import { serveDirect } from "@/server/api/rest/serve-direct";
import type { NextRouteHandlers } from "@/server/api/rest/next-route";
import { headersFor } from "@/server/cli/security-headers.mjs";
import type { Runtime } from "@/server/runtime/runtime";
import type { OutboundPolicy } from "@/server/flow/address/outbound-policy";
import { TtlCache } from "@/server/runtime/ttl-cache";
import { EmbeddedNlu } from "@/server/nlu/embedded-nlu";
import { LocalEventBus } from "@/server/realtime/local-event-bus";
import { PostgresEventBus } from "@/server/realtime/postgres-event-bus";
import { setupTestDatabase } from "./test-database";
import { testPublicApi, type ApiLimits } from "./test-public-api";

/** Monday 23 Nov 2026, 10:00 in London: the demo teams are open. */
export const OFFICE_HOURS = new Date("2026-11-23T10:00:00Z");

/**
 * How the API is reached (API_TRANSPORT, set per Vitest project): "route" calls
 * the Next.js route files' handlers in-process, as `next dev` runs them;
 * "direct" sends real HTTP to the production server's direct path
 * (serve-direct.ts, what `npm start` answers /api/v1 with) on a socket.
 */
export const API_TRANSPORT: "route" | "direct" = process.env.API_TRANSPORT === "direct" ? "direct" : "route";

/** The route files under app/, by the route-table path they stand for (`[x]` ↔ `{x}`). */
const routeFiles = import.meta.glob<NextRouteHandlers>(["/app/api/**/route.ts", "/app/embed/**/route.ts", "!/app/api/trpc/**", "!/app/api/auth/**"], {
  eager: true,
});
const routeFileOf = (tablePath: string) => routeFiles[`/app${tablePath.replace(/\{(\w+)\}/g, "[$1]")}/route.ts`];
const catchAll = routeFiles["/app/api/v1/[[...path]]/route.ts"]!;

export interface CallOptions {
  body?: unknown;
  rawBody?: string;
  token?: string;
  headers?: Record<string, string>;
  signal?: AbortSignal;
}

/**
/**
 * The public API on a test database seeded with the demo workspace, a fixed
 * clock, and the bus the database kind calls for. `call` sends a real Request
 * through the route files' handlers, or over HTTP to the direct path (see
 * API_TRANSPORT): one contract, both paths. `outbound` is what webhooks may
 * reach (unset: the environment's — public addresses only); tests with
 * receivers on 127.0.0.1 allow it by name.
 */
export function setupApi(options: ApiLimits & { outbound?: OutboundPolicy } = {}) {
  const { outbound, ...limits } = options;
  const test = setupTestDatabase();
  const clock = { now: OFFICE_HOURS };
  let runtime: Runtime;
  let server: http.Server | undefined;
  let base = "";

  beforeAll(async () => {
    if (API_TRANSPORT !== "direct") return;
    server = http.createServer((req, res) => {
      if (!serveDirect(req, res, headersFor)) res.writeHead(418).end("not the API: Next.js would answer this");
    });
    await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  beforeEach(async () => {
    await runtime?.bus.close();
    const bus = test.database.pool ? await new PostgresEventBus(test.database.pool).start() : new LocalEventBus();
    runtime = {
      db: test.db,
      bus,
      nlu: new EmbeddedNlu(),
      llm: null,
      http: { request: async () => ({ ok: true, status: 200, json: {} }) },
      outbound,
      now: () => clock.now,
      log: () => {},
      cache: new TtlCache(),
    };
    setPublicApi(testPublicApi(runtime, limits));
    clock.now = OFFICE_HOURS;
    await seedDemoWorkspace(test.db);
  });
  afterAll(async () => {
    await runtime?.bus.close();
    server?.closeAllConnections();
    await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  });

  async function call(method: string, path: string, opts: CallOptions = {}): Promise<Response> {
    const headers: Record<string, string> = { "content-type": "application/json", ...opts.headers };
    if (opts.token) headers.authorization = `Bearer ${opts.token}`;
    const body = opts.rawBody ?? (opts.body === undefined ? undefined : JSON.stringify(opts.body));
    if (API_TRANSPORT === "direct") return fetch(base + path, { method, headers, body, signal: opts.signal });
    const url = new URL(path, "http://tandem.test");
    const match = matchRoute(method, url.pathname);
    const file = match.kind === "found" ? routeFileOf(match.route.path) : catchAll;
    if (!file) throw new Error(`no route file for ${path}`);
    const handler = file[method as keyof NextRouteHandlers];
    // What a route handler gets behind `npm start`: the socket's address appended to X-Forwarded-For (serve-direct.ts).
    headers["x-forwarded-for"] = headers["x-forwarded-for"] ? `${headers["x-forwarded-for"]}, 127.0.0.1` : "127.0.0.1";
    return handler(new Request(url, { method, headers, body, signal: opts.signal }));
  }

  async function json<T = Record<string, unknown>>(method: string, path: string, opts: CallOptions = {}) {
    const response = await call(method, path, opts);
    return { status: response.status, headers: response.headers, body: (await response.json()) as T };
  }

  return {
    test,
    clock,
    call,
    json,
    /** Other rate limits (or TRUST_PROXY) from now on, with fresh counts; the next test starts from the file's again. */
    setLimits: (changed: ApiLimits) => setPublicApi(testPublicApi(runtime, changed)),
    /** Where the direct path listens (API_TRANSPORT=direct only): for raw HTTP a fetch would normalise. */
    get base() {
      return base;
    },
    get runtime() {
      return runtime;
    },
  };
}
