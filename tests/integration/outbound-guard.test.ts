import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { setPublicApi } from "@/server/api/rest/public-api";
import { guardedHttpPort } from "@/server/conversations/fetch-http-port";
import type { Runtime } from "@/server/runtime/runtime";
import { PUBLIC_ONLY, type OutboundPolicy } from "@/server/flow/address/outbound-policy";
import { importFlow } from "@/server/flows/import-flow";
import { publishFlow } from "@/server/flows/publish-flow";
import { checkOutboundUrl } from "@/server/outbound/check-outbound-url";
import type { Resolver } from "@/server/outbound/guarded-lookup";
import { OutboundRefused } from "@/server/outbound/outbound-refused";
import { outboundRequest, type OutboundRequest } from "@/server/outbound/outbound-request";
import { buildFlow } from "../helpers/flow-builder";
import { callTrpc } from "../helpers/call-trpc";
import { setupInbox } from "./inbox-harness";
import { testPublicApi } from "../helpers/test-public-api";

// The default this file proves: the environment allows nothing private.
vi.stubEnv("OUTBOUND_ALLOW_PRIVATE", "");
vi.stubEnv("OUTBOUND_ALLOW_CIDRS", "");

const t = setupInbox();

/* --------------------------------------------------------------- servers */

interface Server {
  port: number;
  requests: { url: string; host: string | undefined; userAgent?: string }[];
}
const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  await Promise.all(closers.splice(0).map((close) => close()));
});

/** A real HTTP server on `host`: records requests and answers with `answer` (or never, for "hang"). */
async function server(host: string, answer: ((request: http.IncomingMessage, response: http.ServerResponse) => void) | "hang" = json({ secret: "internal" })) {
  const requests: Server["requests"] = [];
  const held: http.ServerResponse[] = [];
  const listener = http.createServer((request, response) => {
    requests.push({ url: request.url ?? "", host: request.headers.host, userAgent: request.headers["user-agent"] });
    request.resume();
    if (answer === "hang") held.push(response);
    else answer(request, response);
  });
  await new Promise<void>((resolve) => listener.listen(0, host, resolve));
  closers.push(
    () =>
      new Promise<void>((resolve) => {
        for (const response of held) response.destroy();
        listener.closeAllConnections();
        listener.close(() => resolve());
      }),
  );
  return { port: (listener.address() as AddressInfo).port, requests };
}
function json(body: unknown) {
  return (_request: http.IncomingMessage, response: http.ServerResponse) =>
    response.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(body));
}

const GET: OutboundRequest = { method: "GET", headers: {}, timeoutMs: 5_000, maxBytes: 1_000_000, overflow: "fail" };
const allow = (...allowCidrs: string[]): OutboundPolicy => ({ allowPrivate: false, allowCidrs });
/** A resolver that answers from a table: the test's own DNS. */
const resolverOf =
  (table: Record<string, string[]>): Resolver =>
  async (hostname) =>
    (table[hostname] ?? []).map((address) => ({ address, family: address.includes(":") ? 6 : 4 }));

/* ------------------------------------------------------------ the guard */

describe("outboundRequest (real HTTP)", () => {
  it("refuses loopback by default, written as an address or as a name, and sends nothing", async () => {
    const target = await server("::");
    for (const url of [
      `http://127.0.0.1:${target.port}/`,
      `http://localhost:${target.port}/`,
      `http://[::1]:${target.port}/`,
      `http://2130706433:${target.port}/`,
    ]) {
      await expect(outboundRequest(url, GET, { policy: PUBLIC_ONLY })).rejects.toThrow(OutboundRefused);
    }
    await expect(outboundRequest(`http://localhost:${target.port}/`, GET, { policy: PUBLIC_ONLY })).rejects.toThrow(/localhost is a loopback address/);
    expect(target.requests).toEqual([]);
  });

  it("reaches an internal address the policy allows, and nothing beside it", async () => {
    const target = await server("127.0.0.1");
    const response = await outboundRequest(`http://127.0.0.1:${target.port}/ok`, GET, { policy: allow("127.0.0.1/32") });
    expect(response).toMatchObject({ status: 200, body: '{"secret":"internal"}' });
    await expect(outboundRequest(`http://127.0.0.2:${target.port}/`, GET, { policy: allow("127.0.0.1/32") })).rejects.toThrow(/127\.0\.0\.2 is a loopback/);
    await expect(outboundRequest(`http://127.0.0.1:${target.port}/any`, GET, { policy: { allowPrivate: true, allowCidrs: [] } })).resolves.toMatchObject({
      status: 200,
    });
    expect(target.requests.map((request) => request.url)).toEqual(["/ok", "/any"]);
  });

  it("DNS rebinding: a name that was public when saved and points at loopback when called is refused at connect time", async () => {
    const target = await server("127.0.0.1");
    let calls = 0;
    const rebinding: Resolver = async () => [{ address: calls++ === 0 ? "93.184.216.34" : "127.0.0.1", family: 4 }];
    const url = `http://rebind.test:${target.port}/secret`;
    expect(await checkOutboundUrl(url, PUBLIC_ONLY, rebinding)).toBeNull();
    await expect(outboundRequest(url, GET, { policy: PUBLIC_ONLY, resolve: rebinding })).rejects.toThrow(/rebind\.test \(127\.0\.0\.1\) is a loopback address/);
    expect(target.requests).toEqual([]);
  });

  it("connects to exactly the address it checked (the system resolver is never asked again)", async () => {
    // api.test exists only in this resolver, so reaching the server proves the socket used the checked address.
    const target = await server("127.0.0.2");
    const resolve = resolverOf({ "api.test": ["127.0.0.2"] });
    const response = await outboundRequest(`http://api.test:${target.port}/orders/1`, GET, { policy: allow("127.0.0.2/32"), resolve });
    expect(response.status).toBe(200);
    expect(target.requests).toMatchObject([{ url: "/orders/1", host: `api.test:${target.port}` }]);
  });

  it("refuses a name when any of its addresses is internal", async () => {
    const resolve = resolverOf({ "mixed.test": ["93.184.216.34", "10.0.0.7"], "v6.test": ["2606:4700::1", "fd00::1"] });
    await expect(outboundRequest("http://mixed.test/", GET, { policy: PUBLIC_ONLY, resolve })).rejects.toThrow(
      /mixed\.test \(10\.0\.0\.7\) is a private network address/,
    );
    await expect(outboundRequest("http://v6.test/", GET, { policy: PUBLIC_ONLY, resolve })).rejects.toThrow(/fd00::1\) is a private/);
    expect(await checkOutboundUrl("http://mixed.test/", PUBLIC_ONLY, resolve)).toMatch(/10\.0\.0\.7/);
  });

  it("does not follow redirects: a 302 comes back as the answer and its target is never asked", async () => {
    const inside = await server("127.0.0.1");
    const redirector = await server("127.0.0.2", (_request, response) => response.writeHead(302, { location: `http://127.0.0.1:${inside.port}/secret` }).end());
    const response = await outboundRequest(`http://127.0.0.2:${redirector.port}/`, GET, { policy: allow("127.0.0.2/32") });
    expect(response.status).toBe(302);
    expect(response.headers.location).toBe(`http://127.0.0.1:${inside.port}/secret`);
    expect(inside.requests).toEqual([]);
  });

  it("stops reading past the size limit: fails, or keeps the start", async () => {
    const big = await server("127.0.0.1", (_request, response) => response.writeHead(200).end("x".repeat(1_500_000)));
    const url = `http://127.0.0.1:${big.port}/`;
    await expect(outboundRequest(url, GET, { policy: allow("127.0.0.1") })).rejects.toThrow(/larger than 1 MB/);
    const excerpt = await outboundRequest(url, { ...GET, maxBytes: 1000, overflow: "truncate" }, { policy: allow("127.0.0.1") });
    expect(excerpt.body).toBe("x".repeat(1000));
  });

  it("gives up when the answer does not come within the time limit", async () => {
    const slow = await server("127.0.0.1", "hang");
    const error = await outboundRequest(`http://127.0.0.1:${slow.port}/`, { ...GET, timeoutMs: 300 }, { policy: allow("127.0.0.1") }).catch(
      (caught: Error) => caught,
    );
    expect(error).toMatchObject({ name: "TimeoutError", message: "No answer within 0.3 s." });
  });

  it("refuses other schemes and credentials before any connection", async () => {
    await expect(outboundRequest("file:///etc/passwd", GET, { policy: { allowPrivate: true, allowCidrs: [] } })).rejects.toThrow(/Only http/);
    await expect(outboundRequest("http://user:pw@127.0.0.1/", GET, { policy: { allowPrivate: true, allowCidrs: [] } })).rejects.toThrow(/credentials/);
  });
});

/* --------------------------------------------------- the HTTP request step */

describe("HTTP request step through the chat API", () => {
  const logs: string[] = [];
  const useHttp = (policy: OutboundPolicy) => {
    const runtime: Runtime = {
      ...t.api.runtime,
      http: guardedHttpPort({ policy: () => policy, log: (message, data) => logs.push(`${message}: ${String(data.reason)}`) }),
    };
    setPublicApi(testPublicApi(runtime));
  };
  beforeEach(() => {
    logs.length = 0;
  });

  /** A flow published under an allowing policy (as before an upgrade, or before the server's settings changed), then run. */
  async function chatWithStep(url: string) {
    const { morgan } = await t.people();
    const document = buildFlow(
      [
        { id: "s", type: "start" },
        { id: "h", type: "http_request", data: { url, mappings: [{ path: "secret", variable: "leak" }] } },
        { id: "ok", type: "end", data: { text: "Got: {{leak}}", askRating: false } },
        { id: "err", type: "end", data: { text: "Lookup failed", askRating: false } },
      ],
      [
        ["s", "next", "h"],
        ["h", "ok", "ok"],
        ["h", "error", "err"],
      ],
    );
    const slug = `step-${Math.random().toString(36).slice(2, 8)}`;
    const flow = await importFlow(t.api.test.db, morgan.workspaceId, { name: slug, document, slug }, null);
    await publishFlow(t.api.test.db, morgan.workspaceId, flow.id, null, undefined, { allowPrivate: true, allowCidrs: [] });
    const started = await t.api.json<{ messages: { text: string }[] }>("POST", `/api/v1/chat/${slug}/sessions`);
    expect(started.status).toBe(201);
    return started.body.messages.map((message) => message.text);
  }

  it("by default takes the error exit for an internal address, tells the admin's log why, and shows the customer nothing of it", async () => {
    useHttp(PUBLIC_ONLY);
    const inside = await server("127.0.0.1");
    expect(await chatWithStep(`http://127.0.0.1:${inside.port}/secret`)).toEqual(["Lookup failed"]);
    expect(await chatWithStep(`http://localhost:${inside.port}/secret`)).toEqual(["Lookup failed"]);
    expect(inside.requests).toEqual([]);
    expect(logs).toHaveLength(2);
    expect(logs[0]).toMatch(/^HTTP request step refused: 127\.0\.0\.1 is a loopback address/);
    expect(logs[1]).toMatch(/^HTTP request step refused: localhost is a loopback address/);
  });

  it("calls an internal service the server allows on purpose", async () => {
    const inside = await server("127.0.0.1");
    useHttp(allow("127.0.0.1/32"));
    expect(await chatWithStep(`http://127.0.0.1:${inside.port}/orders`)).toEqual(["Got: internal"]);
    expect(inside.requests).toMatchObject([{ url: "/orders", userAgent: "Tandem/1" }]);
  });

  it("refuses to publish a step whose host name resolves to an internal address", async () => {
    const { morgan } = await t.people();
    const document = buildFlow(
      [
        { id: "s", type: "start" },
        { id: "h", type: "http_request", data: { url: "http://localhost:8080/orders/{{id}}" } },
        { id: "e", type: "end" },
      ],
      [
        ["s", "next", "h"],
        ["h", "ok", "e"],
        ["h", "error", "e"],
      ],
    );
    const flow = await importFlow(t.api.test.db, morgan.workspaceId, { name: "Probe", document }, null);
    const refusal = await publishFlow(t.api.test.db, morgan.workspaceId, flow.id, null).catch((error: { problems: unknown[] }) => error);
    expect(refusal).toMatchObject({
      problems: [{ code: "outbound_url", nodeId: "h", field: "url", message: expect.stringMatching(/localhost is a loopback/) }],
    });
  });
});

/* ------------------------------------------------------------ webhooks */

describe("webhooks by default", () => {
  const logs: string[] = [];
  beforeEach(() => {
    logs.length = 0;
    const runtime: Runtime = { ...t.api.runtime, log: (_level, message, data) => logs.push(`${message}: ${String(data?.reason)}`) };
    setPublicApi(testPublicApi(runtime));
  });
  const webhooks = async (path: string, input: unknown) => callTrpc({ db: t.api.test.db, viewer: (await t.people()).morgan }, `webhooks.${path}`, input);

  it("refuses an internal receiver when it is saved, naming the URL field, and stores nothing", async () => {
    const receiver = await server("127.0.0.1");
    for (const [url, why] of [
      [`http://127.0.0.1:${receiver.port}/hooks`, /127\.0\.0\.1 is a loopback address/],
      [`http://localhost:${receiver.port}/hooks`, /localhost is a loopback address/],
      ["http://169.254.169.254/latest/meta-data/", /link-local/],
      ["http://[::ffff:10.0.0.1]/hooks", /private network/],
      ["https://user:pw@hooks.example.com/", /credentials/],
    ] as const) {
      const created = await webhooks("create", { url, events: ["handoff.requested"] });
      expect(created.status).toBe(400);
      expect(created.error!.message).toMatch(why);
    }
    expect(await t.api.test.db.webhookEndpoint.count()).toBe(0);
    expect(receiver.requests).toEqual([]);
  });

  it("refuses changing an endpoint's URL to an internal one", async () => {
    const created = await webhooks("create", { url: "https://hooks.example.com/tandem", events: ["handoff.requested"] });
    expect(created.status).toBe(200);
    const endpointId = (created.data as { endpoint: { id: string } }).endpoint.id;
    const updated = await webhooks("update", { endpointId, url: "http://10.0.0.1/hooks", events: ["handoff.requested"] });
    expect(updated.status).toBe(400);
    expect(updated.error!.message).toMatch(/10\.0\.0\.1 is a private network address/);
    expect((await t.api.test.db.webhookEndpoint.findUniqueOrThrow({ where: { id: endpointId } })).url).toBe("https://hooks.example.com/tandem");
  });

  it("an endpoint whose stored URL the settings now refuse can still be renamed and disabled", async () => {
    const { morgan } = await t.people();
    const endpoint = await t.api.test.db.webhookEndpoint.create({
      data: { workspaceId: morgan.workspaceId, url: "http://10.0.0.9/hooks", secret: "whsec_test", events: ["handoff.requested"] },
    });
    const updated = await webhooks("update", {
      endpointId: endpoint.id,
      url: endpoint.url,
      description: "old CRM",
      events: ["handoff.requested"],
      enabled: false,
    });
    expect(updated.status).toBe(200);
    expect(updated.data).toMatchObject({ description: "old CRM", enabled: false });
  });

  it("a receiver stored before (or before the settings changed) gets nothing: the delivery says why and the log says it was refused", async () => {
    const receiver = await server("127.0.0.1");
    const { morgan } = await t.people();
    const endpoint = await t.api.test.db.webhookEndpoint.create({
      data: { workspaceId: morgan.workspaceId, url: `http://127.0.0.1:${receiver.port}/hooks`, secret: "whsec_test", events: ["handoff.requested"] },
    });
    const sent = await webhooks("sendTest", { endpointId: endpoint.id });
    expect(sent.data).toMatchObject({ status: "PENDING", responseStatus: null, error: expect.stringMatching(/127\.0\.0\.1 is a loopback address/) });
    expect(receiver.requests).toEqual([]);
    expect(logs).toEqual([expect.stringMatching(/^webhook delivery refused by the outbound guard: 127\.0\.0\.1 is a loopback/)]);
  });
});
