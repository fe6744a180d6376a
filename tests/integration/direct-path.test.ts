import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { serveDirect } from "@/server/api/rest/serve-direct";
import { headersFor } from "@/server/cli/security-headers.mjs";
import { createApiTokenForAdmin } from "@/server/workspace/create-api-token-for-admin";
import { collectSse } from "../helpers/collect-sse";
import { sessionCookie } from "../helpers/session-cookie";
import { setupInbox } from "./inbox-harness";

// The production server's direct path (server/cli/serve.mjs), over real HTTP on a real socket, for what the
// contract suite (the API tests, run on both paths) cannot see through fetch: streams held and dropped, the
// headers Next.js would add, the client address for rate limits, raw paths a URL parser would clean up.
const t = setupInbox();
let server: http.Server;
let base = "";
let port = 0;
/** What the requests left to Next.js carried in X-Forwarded-For when they got there. */
const seenByNext: (string | undefined)[] = [];

beforeAll(async () => {
  server = http.createServer((req, res) => {
    if (serveDirect(req, res, headersFor)) return;
    seenByNext.push(req.headers["x-forwarded-for"] as string | undefined);
    res.writeHead(418).end("not the API: Next.js would answer this");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.address() as AddressInfo).port;
  base = `http://127.0.0.1:${port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

async function open(path: string, headers: Record<string, string> = {}) {
  const controller = new AbortController();
  const response = await fetch(base + path, { headers, signal: controller.signal });
  return { response, stream: () => collectSse(response.body!, controller) };
}

/** A request with the path exactly as written (fetch would resolve `..` and re-encode). */
function raw(method: string, path: string, headers: Record<string, string> = {}, body?: string | Buffer) {
  return new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }>((resolve, reject) => {
    const request = http.request({ host: "127.0.0.1", port, method, path, headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("end", () => resolve({ status: response.statusCode!, headers: response.headers, body: Buffer.concat(chunks).toString("utf8") }));
    });
    request.on("error", reject);
    request.end(body);
  });
}

describe("the production server's direct path", () => {
  it("streams a customer's messages live, resumes after Last-Event-ID, and says what is wrong with a bad request", async () => {
    const session = await t.start();
    const { response, stream } = await open(`/api/v1/chat/sessions/${session.sessionId}/events?token=${encodeURIComponent(session.token)}`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/event-stream; charset=utf-8");
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    const events = stream();
    try {
      expect(await events.waitFor((e) => e.some((event) => event.event === "message"))).toBe(true);
      await t.say(session, "where is my parcel?");
      expect(await events.waitFor((e) => e.some((event) => event.data.text === "where is my parcel?"))).toBe(true);
    } finally {
      await events.close();
    }
    const ids = events.of("message").map((event) => Number(event.id));
    const resumed = (
      await open(`/api/v1/chat/sessions/${session.sessionId}/events?token=${encodeURIComponent(session.token)}`, { "last-event-id": String(ids.at(-2)) })
    ).stream();
    try {
      expect(await resumed.waitFor((e) => e.some((event) => Number(event.id) === ids.at(-1)))).toBe(true);
      await resumed.settle();
      expect(resumed.of("message").map((event) => Number(event.id))).toEqual([ids.at(-1)]);
    } finally {
      await resumed.close();
    }

    const wrongToken = await open(`/api/v1/chat/sessions/${session.sessionId}/events?token=cst_wrong`);
    expect(wrongToken.response.status).toBe(403);
    expect(await wrongToken.response.json()).toMatchObject({ error: { code: "forbidden" } });
  });

  it("opens the inbox stream for a real session cookie, refuses without one, and the agent's last tab closing is noticed", async () => {
    const { sam } = await t.people();
    await t.online(sam);
    const signedOut = await open("/api/inbox/events");
    expect(signedOut.response.status).toBe(401);
    expect(await signedOut.response.json()).toEqual({ error: { code: "unauthorized", message: "Your session has ended. Sign in again." } });

    const { response, stream } = await open("/api/inbox/events", { cookie: await sessionCookie(sam.userId) });
    expect(response.status).toBe(200);
    const inbox = stream();
    expect(await inbox.waitFor((e) => e.some((event) => event.event === "ready"))).toBe(true);
    const session = await t.queued();
    expect(await inbox.waitFor((e) => e.some((event) => event.event === "change" && event.data.conversationId === session.sessionId))).toBe(true);

    // The client goes away: the server's side of the stream ends too (the last inbox tab closed: presence times out sooner).
    const seenBefore = (await t.api.test.db.membership.findUniqueOrThrow({ where: { id: sam.membershipId } })).lastSeenAt!;
    await inbox.close();
    const deadline = Date.now() + 5000;
    let seen = seenBefore;
    while (seen.getTime() >= seenBefore.getTime() && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      seen = (await t.api.test.db.membership.findUniqueOrThrow({ where: { id: sam.membershipId } })).lastSeenAt!;
    }
    expect(seen.getTime()).toBeLessThan(seenBefore.getTime());
  });

  it("rate-limits by the socket's address: a client rotating X-Forwarded-For gets no more requests (TRUST_PROXY unset)", async () => {
    t.api.setLimits({ perIp: 3 });
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) {
      const response = await fetch(`${base}/api/v1/chat/acme/sessions`, { method: "POST", headers: { "x-forwarded-for": `203.0.113.${i}` } });
      statuses.push(response.status);
      if (response.status === 429) expect(Number(response.headers.get("retry-after"))).toBeGreaterThan(0);
    }
    expect(statuses).toEqual([201, 201, 201, 429, 429]);
  });

  it("behind one trusted proxy (TRUST_PROXY=1) the address that proxy saw counts; what the client wrote before it does not", async () => {
    t.api.setLimits({ perIp: 2, trustProxy: "1" });
    const from = (chain: string) => fetch(`${base}/api/v1/chat/acme/sessions`, { method: "POST", headers: { "x-forwarded-for": chain } });
    expect((await from("198.51.100.7")).status).toBe(201);
    expect((await from("1.1.1.1, 198.51.100.7")).status).toBe(201); // a spoofed first hop changes nothing
    expect((await from("2.2.2.2, 198.51.100.7")).status).toBe(429);
    expect((await from("198.51.100.8")).status).toBe(201); // another customer behind the same proxy
  });

  it("with the proxies named (TRUST_PROXY=loopback, private) it walks from the right past them to the client", async () => {
    t.api.setLimits({ perIp: 1, trustProxy: "loopback, private" });
    const from = (chain: string) => fetch(`${base}/api/v1/chat/acme/sessions`, { method: "POST", headers: { "x-forwarded-for": chain } });
    expect((await from("203.0.113.9, 10.0.0.2")).status).toBe(201);
    expect((await from("203.0.113.9")).status).toBe(429);
    expect((await from("192.0.2.1, 203.0.113.10, 10.0.0.2, 10.0.0.3")).status).toBe(201);
  });

  it("appends the socket's address to X-Forwarded-For on what it leaves to Next.js, so pages and tRPC see the same client", async () => {
    seenByNext.length = 0;
    await fetch(`${base}/inbox`);
    await fetch(`${base}/api/trpc/viewer.me`, { headers: { "x-forwarded-for": "203.0.113.5" } });
    expect(seenByNext).toEqual(["127.0.0.1", "203.0.113.5, 127.0.0.1"]);
  });

  it("answers every /api/v1 path itself (unknown ones with a JSON 404) and leaves pages, tRPC and auth to Next.js", async () => {
    for (const path of ["/inbox", "/api/trpc/viewer.me", "/api/auth/session", "/api/inbox/events/", "/embed/acme", "/api/v1x", "/c/acme"]) {
      expect((await raw("GET", path)).status, path).toBe(418);
    }
    for (const path of ["/api/v1", "/api/v1/", "/api/v1/nope", "/api/v1/chat/sessions/x/nope", "/api/v1/flows/x/y/z", "/api/v1/flows/"]) {
      const answer = await raw("GET", path);
      expect(answer.status, path).toBe(404);
      expect(JSON.parse(answer.body), path).toMatchObject({ error: { code: "not_found" } });
    }
  });

  it("never resolves dot segments or bad escapes in the raw path: JSON 404 or 400, not another endpoint", async () => {
    const { secret } = await createApiTokenForAdmin(t.api.test.db, { email: "admin@acme.test", name: "dots" });
    const auth = { authorization: `Bearer ${secret}` };
    for (const path of ["/api/v1/chat/../flows", "/api/v1/chat/x/../../flows", "/api/v1/chat/%2e%2e/flows", "/api/v1/./flows", "/api/v1/chat/.%2E/flows"]) {
      const answer = await raw("GET", path, auth);
      expect(answer.status, path).toBe(404);
      expect(answer.headers["content-type"]).toContain("application/json");
      expect(JSON.parse(answer.body).error.code).toBe("not_found");
    }
    for (const path of ["/api/v1/chat/sessions/%ff", "/api/v1/chat/sessions/%", "/api/v1/chat/sessions/%e0%a4%a/events", "/api/v1/%zz/x"]) {
      const answer = await raw("GET", path);
      expect(answer.status, path).toBe(400);
      expect(JSON.parse(answer.body).error.code).toBe("invalid_path");
    }
    const nul = await raw("GET", "/api/v1/chat/sessions/a%00b", { authorization: "Bearer cst_x" });
    expect(nul.status).toBe(400);
    expect(JSON.parse(nul.body).error).toMatchObject({ code: "invalid_text", fields: { sessionId: [expect.stringContaining("NUL")] } });
  });

  it("any method: 405 JSON with Allow on a known path (TRACE too), 204 with Allow for OPTIONS", async () => {
    for (const method of ["TRACE", "PUT", "DELETE", "PATCH", "PROPFIND"]) {
      const answer = await raw(method, "/api/v1/chat/acme/sessions");
      expect(answer.status, method).toBe(405);
      expect(answer.headers.allow).toBe("POST, OPTIONS");
      expect(JSON.parse(answer.body).error.code).toBe("method_not_allowed");
    }
    const head = await raw("HEAD", "/api/v1/flows");
    expect(head.status).toBe(405);
    expect(head.body).toBe("");
    const options = await raw("OPTIONS", "/api/v1/flows");
    expect(options.status).toBe(204);
    expect(options.headers.allow).toBe("GET, POST, OPTIONS");
  });

  it("adds the headers next.config.mjs gives: no framing of the API, the widget's config readable from any site", async () => {
    const api = await raw("GET", "/api/v1/nope");
    expect(api.headers).toMatchObject({
      "x-content-type-options": "nosniff",
      "x-frame-options": "SAMEORIGIN",
      "content-security-policy": "frame-ancestors 'self'",
    });
    const config = await raw("GET", "/embed/acme/config");
    expect(config.status).toBe(200);
    expect(JSON.parse(config.body)).toMatchObject({ available: true });
    expect(config.headers).toMatchObject({ "x-content-type-options": "nosniff", "access-control-allow-origin": "*", "cache-control": "public, max-age=60" });
    expect(config.headers["x-frame-options"]).toBeUndefined();
  });

  it("refuses a body over the endpoint's limit while it streams in (413 JSON), without reading it all, and keeps serving", async () => {
    const session = await t.start();
    const huge = Buffer.alloc(8 * 1024 * 1024, "x");
    const answer = await raw(
      "POST",
      `/api/v1/chat/sessions/${session.sessionId}/messages`,
      { authorization: `Bearer ${session.token}`, "content-type": "application/json" },
      huge,
    );
    expect(answer.status).toBe(413);
    expect(JSON.parse(answer.body).error.code).toBe("too_large");
    expect((await raw("GET", `/api/v1/chat/sessions/${session.sessionId}`, { authorization: `Bearer ${session.token}` })).status).toBe(200);
  });
});
