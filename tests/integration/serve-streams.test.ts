import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { serveStreams } from "@/server/api/rest/serve-streams";
import { collectSse } from "../helpers/collect-sse";
import { sessionCookie } from "../helpers/session-cookie";
import { setupInbox } from "./inbox-harness";

// The production server's direct stream path (server/cli/serve.mjs), over real HTTP on a real socket:
// the same answers as the route handlers, the headers Next.js would add, the client address for rate limits.
const t = setupInbox({ perIp: 4 });
const HEADERS = [{ key: "X-Content-Type-Options", value: "nosniff" }];
let server: http.Server;
let base = "";

beforeAll(async () => {
  server = http.createServer((req, res) => {
    if (serveStreams(req, res, HEADERS)) return;
    res.writeHead(418).end("not a stream: Next.js would answer this");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

async function open(path: string, headers: Record<string, string> = {}) {
  const controller = new AbortController();
  const response = await fetch(base + path, { headers, signal: controller.signal });
  return { response, stream: () => collectSse(response.body!, controller) };
}

describe("the production server's direct stream path", () => {
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

  it("rate-limits by the client's address (X-Forwarded-For from a proxy, else the socket's), as behind Next.js", async () => {
    const session = await t.start(); // from "local": not this socket's budget
    const path = `/api/v1/chat/sessions/${session.sessionId}/events?token=${encodeURIComponent(session.token)}`;
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) {
      const { response } = await open(path);
      statuses.push(response.status);
      await response.body?.cancel();
    }
    expect(statuses).toEqual([200, 200, 200, 200, 429]);
    const proxied = await open(path, { "x-forwarded-for": "203.0.113.7, 10.0.0.1" });
    expect(proxied.response.status).toBe(200);
    await proxied.response.body?.cancel();
  });

  it("leaves every other request to Next.js: other paths, other methods, malformed ids", async () => {
    for (const [method, path] of [
      ["GET", "/api/v1/chat/sessions/x/messages"],
      ["POST", "/api/inbox/events"],
      ["GET", "/api/inbox/events/"],
      ["GET", "/api/v1/chat/sessions/%E0%A4%A/events"],
      ["GET", "/inbox"],
    ] as const) {
      const response = await fetch(base + path, { method });
      expect(response.status, `${method} ${path}`).toBe(418);
    }
  });
});
