import { afterAll, beforeEach } from "vitest";
import { seedDemoWorkspace } from "@/prisma/seed";
import { RateLimiter } from "@/server/api/rest/rate-limiter";
import { usePublicApi } from "@/server/api/rest/public-api";
import type { Runtime } from "@/server/conversations/runtime";
import type { OutboundPolicy } from "@/server/flow/address/outbound-policy";
import { TtlCache } from "@/server/conversations/ttl-cache";
import { EmbeddedNlu } from "@/server/nlu/embedded-nlu";
import { LocalEventBus } from "@/server/realtime/local-event-bus";
import { PostgresEventBus } from "@/server/realtime/postgres-event-bus";
import * as startRoute from "@/app/api/v1/chat/[slug]/sessions/route";
import * as sessionRoute from "@/app/api/v1/chat/sessions/[sessionId]/route";
import * as messagesRoute from "@/app/api/v1/chat/sessions/[sessionId]/messages/route";
import * as handoffRoute from "@/app/api/v1/chat/sessions/[sessionId]/handoff/route";
import * as eventsRoute from "@/app/api/v1/chat/sessions/[sessionId]/events/route";
import * as flowsRoute from "@/app/api/v1/flows/route";
import * as flowRoute from "@/app/api/v1/flows/[flowId]/route";
import * as publishRoute from "@/app/api/v1/flows/[flowId]/publish/route";
import * as conversationsRoute from "@/app/api/v1/conversations/route";
import { setupTestDatabase } from "./test-database";

/** Monday 23 Nov 2026, 10:00 in London: the demo teams are open. */
export const OFFICE_HOURS = new Date("2026-11-23T10:00:00Z");

type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;
const routes: [RegExp, string[], Record<string, Handler | undefined>][] = [
  [/^\/api\/v1\/chat\/sessions\/([^/]+)\/messages$/, ["sessionId"], messagesRoute as never],
  [/^\/api\/v1\/chat\/sessions\/([^/]+)\/handoff$/, ["sessionId"], handoffRoute as never],
  [/^\/api\/v1\/chat\/sessions\/([^/]+)\/events$/, ["sessionId"], eventsRoute as never],
  [/^\/api\/v1\/chat\/sessions\/([^/]+)$/, ["sessionId"], sessionRoute as never],
  [/^\/api\/v1\/chat\/([^/]+)\/sessions$/, ["slug"], startRoute as never],
  [/^\/api\/v1\/flows\/([^/]+)\/publish$/, ["flowId"], publishRoute as never],
  [/^\/api\/v1\/flows\/([^/]+)$/, ["flowId"], flowRoute as never],
  [/^\/api\/v1\/flows$/, [], flowsRoute as never],
  [/^\/api\/v1\/conversations$/, [], conversationsRoute as never],
];

export interface CallOptions {
  body?: unknown;
  rawBody?: string;
  token?: string;
  headers?: Record<string, string>;
  signal?: AbortSignal;
}

/**
 * The public API's route handlers on a test database seeded with the demo
 * workspace, a fixed clock, and the bus the database kind calls for. `call`
 * sends a real Request through the same handler Next.js would run.
 * `outbound` is what webhooks may reach (unset: the environment's — public
 * addresses only); tests with receivers on 127.0.0.1 allow it by name.
 */
export function setupApi(options: { perIp?: number; perSession?: number; outbound?: OutboundPolicy } = {}) {
  const test = setupTestDatabase();
  const clock = { now: OFFICE_HOURS };
  let runtime: Runtime;
  beforeEach(async () => {
    await runtime?.bus.close();
    const bus = test.database.pool ? await new PostgresEventBus(test.database.pool).start() : new LocalEventBus();
    runtime = {
      db: test.db,
      bus,
      nlu: new EmbeddedNlu(),
      llm: null,
      http: { request: async () => ({ ok: true, status: 200, json: {} }) },
      outbound: options.outbound,
      now: () => clock.now,
      log: () => {},
      cache: new TtlCache(),
    };
    usePublicApi({
      runtime,
      perIp: new RateLimiter(options.perIp ?? 10_000, "requests"),
      perSession: new RateLimiter(options.perSession ?? 10_000, "messages"),
    });
    clock.now = OFFICE_HOURS;
    await seedDemoWorkspace(test.db);
  });
  afterAll(async () => {
    await runtime?.bus.close();
  });

  async function call(method: string, path: string, opts: CallOptions = {}) {
    const url = new URL(path, "http://tandem.test");
    const route = routes.find(([pattern]) => pattern.test(url.pathname));
    if (!route) throw new Error(`no route for ${path}`);
    const match = url.pathname.match(route[0])!;
    const params = Object.fromEntries(route[1].map((name, i) => [name, decodeURIComponent(match[i + 1]!)]));
    const handler = route[2][method];
    if (!handler) throw new Error(`no ${method} handler for ${path}`);
    const headers: Record<string, string> = { "content-type": "application/json", ...opts.headers };
    if (opts.token) headers.authorization = `Bearer ${opts.token}`;
    const body = opts.rawBody ?? (opts.body === undefined ? undefined : JSON.stringify(opts.body));
    const response = await handler(new Request(url, { method, headers, body, signal: opts.signal }), { params: Promise.resolve(params) });
    return response;
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
    get runtime() {
      return runtime;
    },
  };
}
