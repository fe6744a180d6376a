import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { RateLimiter } from "@/server/api/rest/rate-limiter";
import { usePublicApi } from "@/server/api/rest/public-api";
import { fetchHttpPort } from "@/server/conversations/fetch-http-port";
import { importFlow } from "@/server/flows/import-flow";
import { publishFlow } from "@/server/flows/publish-flow";
import { buildFlow } from "../helpers/flow-builder";
import { callTrpc } from "../helpers/call-trpc";
import { setupInbox } from "./inbox-harness";

// The server as an admin would configure it: nothing private allowed except
// 127.0.0.2, which stands in for a public API (this machine has no internet).
vi.stubEnv("OUTBOUND_ALLOW_CIDRS", "127.0.0.2/32");
vi.stubEnv("OUTBOUND_ALLOW_PRIVATE", "");

const t = setupInbox();

/* --------------------------------------------------------------- servers */

interface Listening {
  port: number;
  paths: string[];
  close: () => Promise<void>;
}

async function listen(host: string, handle: (request: http.IncomingMessage, response: http.ServerResponse) => void): Promise<Listening> {
  const paths: string[] = [];
  const server = http.createServer((request, response) => {
    paths.push(request.url ?? "");
    request.resume();
    handle(request, response);
  });
  await new Promise<void>((resolve) => server.listen(0, host, resolve));
  return {
    port: (server.address() as AddressInfo).port,
    paths,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

const SECRET = "internal-data-7f3a";
let internal: Listening;
let outside: Listening;

beforeEach(async () => {
  // An internal service on every local address (127.0.0.1 and ::1) holding a secret.
  internal = await listen("::", (_request, response) =>
    response.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ secret: SECRET })),
  );
  // The "public" API on 127.0.0.2: answers {} and redirects /redirect to the internal service.
  outside = await listen("127.0.0.2", (request, response) => {
    if (request.url === "/redirect") response.writeHead(302, { location: `http://127.0.0.1:${internal.port}/secret` }).end();
    else response.writeHead(200, { "content-type": "application/json" }).end("{}");
  });
  // The production HTTP port and the environment's outbound settings: what `npm start` runs.
  const runtime = { ...t.api.runtime, http: fetchHttpPort };
  usePublicApi({ runtime, perIp: new RateLimiter(10_000, "requests"), perSession: new RateLimiter(10_000, "messages") });
});
afterEach(async () => {
  await Promise.all([internal.close(), outside.close()]);
});

/* ------------------------------------------------------------ the probes */

let flows = 0;

/** Publishes start → [ask] → http_request → end, runs it as a customer; what got through. */
async function httpStepProbe(url: string, options: { answer?: string; mapping?: string } = {}) {
  const { morgan } = await t.people();
  const ask = options.answer !== undefined;
  const document = buildFlow(
    [
      { id: "s", type: "start" },
      ...(ask ? [{ id: "q", type: "ask", data: { text: "Your order number?", variable: "order" } }] : []),
      { id: "h", type: "http_request", data: { url, timeoutMs: 1500, mappings: [{ path: options.mapping ?? "secret", variable: "leak" }] } },
      { id: "ok", type: "end", data: { text: "Got: {{leak}}", askRating: false } },
      { id: "err", type: "end", data: { text: "Lookup failed", askRating: false } },
      ...(ask ? [{ id: "bad", type: "end", data: { text: "Invalid", askRating: false } }] : []),
    ],
    [
      ["s", "next", ask ? "q" : "h"],
      ...(ask
        ? ([
            ["q", "answered", "h"],
            ["q", "invalid", "bad"],
          ] as [string, string, string][])
        : []),
      ["h", "ok", "ok"],
      ["h", "error", "err"],
    ],
  );
  const slug = `probe-${++flows}`;
  const flow = await importFlow(t.api.test.db, morgan.workspaceId, { name: slug, document, slug }, null);
  try {
    await publishFlow(t.api.test.db, morgan.workspaceId, flow.id, null);
  } catch {
    return { published: false, texts: [] as string[] };
  }
  const started = await t.api.json<{ sessionId: string; token: string; messages: { text: string }[] }>("POST", `/api/v1/chat/${slug}/sessions`);
  const texts = started.body.messages.map((message) => message.text);
  if (ask) {
    const reply = await t.say(started.body, options.answer!);
    texts.push(...reply.body.messages.map((message) => message.text));
  }
  return { published: true, texts };
}

async function webhookProbe(url: string) {
  const { morgan } = await t.people();
  const created = await callTrpc({ db: t.api.test.db, viewer: morgan }, "webhooks.create", { url, events: ["handoff.requested"] });
  if (created.status !== 200) return { saved: false };
  const id = (created.data as { endpoint: { id: string } }).endpoint.id;
  // Only local targets answer here; the others would wait out the timeout.
  if (/127\.|localhost|\[|0x|^http:\/\/\d+[:/]/.test(url)) await callTrpc({ db: t.api.test.db, viewer: morgan }, "webhooks.sendTest", { endpointId: id });
  return { saved: true };
}

describe("SSRF probes (issue #13): the HTTP request step and webhooks reach nothing internal", () => {
  it("accepts none of the probes", async () => {
    const P = () => internal.port;
    const Q = () => outside.port;
    const accepted: string[] = [];
    const reachedInternal = (before: number) => internal.paths.length > before;

    const literalHosts = [
      "127.0.0.1",
      "localhost",
      "0x7f000001",
      "2130706433",
      "0177.0.0.1",
      "127.1",
      "0.0.0.0",
      "[::1]",
      "[::ffff:127.0.0.1]",
      "[::ffff:7f00:1]",
    ];
    const probes: { name: string; run: () => Promise<boolean> }[] = [
      ...literalHosts.map((host) => ({
        name: `HTTP step → http://${host}:<internal>/secret`,
        run: async () => {
          const before = internal.paths.length;
          const result = await httpStepProbe(`http://${host}:${P()}/secret`);
          return reachedInternal(before) || result.texts.some((text) => text.includes(SECRET));
        },
      })),
      {
        name: "HTTP step → a 302 from an allowed host to the internal service",
        run: async () => {
          const before = internal.paths.length;
          const result = await httpStepProbe(`http://127.0.0.2:${Q()}/redirect`);
          return reachedInternal(before) || result.texts.some((text) => text.includes(SECRET));
        },
      },
      {
        name: "HTTP step → http://169.254.169.254/ accepted at publish",
        run: async () => (await httpStepProbe("http://169.254.169.254/latest/meta-data/")).published,
      },
      { name: "HTTP step → http://10.0.0.1/ accepted at publish", run: async () => (await httpStepProbe("http://10.0.0.1/internal")).published },
      { name: "HTTP step → file:///etc/passwd accepted at publish", run: async () => (await httpStepProbe("file:///etc/passwd")).published },
      {
        name: "HTTP step → the answer ../admin/secret?x# leaves its path segment",
        run: async () => {
          const before = outside.paths.length;
          await httpStepProbe(`http://127.0.0.2:${Q()}/api/orders/{{order}}`, { answer: "../admin/secret?x#" });
          return outside.paths.slice(before).some((path) => !path.startsWith("/api/orders/"));
        },
      },
      {
        name: "HTTP step → a response mapping path 'constructor' prints an inherited value",
        run: async () =>
          (await httpStepProbe(`http://127.0.0.2:${Q()}/api/orders/1`, { mapping: "constructor" })).texts.some((text) => /function|native/.test(text)),
      },
      ...literalHosts.map((host) => ({
        name: `webhook → http://${host}:<internal>/hook`,
        run: async () => {
          const before = internal.paths.length;
          return (await webhookProbe(`http://${host}:${P()}/hook`)).saved || reachedInternal(before);
        },
      })),
      {
        name: "webhook → a 302 from an allowed host to the internal service",
        run: async () => {
          const before = internal.paths.length;
          await webhookProbe(`http://127.0.0.2:${Q()}/redirect`);
          return reachedInternal(before);
        },
      },
      { name: "webhook → http://169.254.169.254/ saved", run: async () => (await webhookProbe("http://169.254.169.254/latest/meta-data/")).saved },
      { name: "webhook → http://10.0.0.1/ saved", run: async () => (await webhookProbe("http://10.0.0.1/hook")).saved },
      { name: "webhook → file:///etc/passwd saved", run: async () => (await webhookProbe("file:///etc/passwd")).saved },
    ];
    for (const probe of probes) if (await probe.run()) accepted.push(probe.name);
    console.log(`SSRF probes accepted: ${accepted.length} of ${probes.length}${accepted.map((name) => `\n  accepted: ${name}`).join("")}`);
    expect(accepted).toEqual([]);
  }, 120_000);
});
