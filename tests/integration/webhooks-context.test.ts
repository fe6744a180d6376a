import { createHmac } from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { Viewer } from "@/server/auth/viewer";
import { MAX_INLINE_TRANSCRIPT_BYTES } from "@/server/notifications/inline-transcript";
import { contextEventDataSchema, webhookPayloadSchema, type ContextEventData } from "@/server/notifications/webhook-payload-schemas";
import { callTrpc } from "../helpers/call-trpc";
import { setupInbox, type Session } from "./inbox-harness";

// The receivers listen on 127.0.0.1: allowed explicitly, as a self-hoster would (OUTBOUND_ALLOW_CIDRS).
const t = setupInbox({ outbound: { allowPrivate: false, allowCidrs: ["127.0.0.1/32"] } });

/* ------------------------------------------------------------- receiver */

interface Received {
  headers: http.IncomingHttpHeaders;
  body: string;
  event: { id: string; type: string; data: ContextEventData };
}

/** A real HTTP server on a free port that records every delivery, parsed with the payload schemas. */
async function receiver() {
  const requests: Received[] = [];
  const server = http.createServer((request, response) => {
    let body = "";
    request.setEncoding("utf8");
    request.on("data", (chunk: string) => (body += chunk));
    request.on("end", () => {
      const payload = webhookPayloadSchema.parse(JSON.parse(body));
      const data =
        payload.type === "callback.scheduled" || payload.type === "webhook.test"
          ? (payload.data as ContextEventData)
          : contextEventDataSchema.parse(payload.data);
      requests.push({ headers: request.headers, body, event: { id: payload.id, type: payload.type, data } });
      response.writeHead(204).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  closers.push(
    () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  );
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks`;
  return { url, requests, ofType: (type: string) => requests.filter((r) => r.event.type === type).map((r) => r.event) };
}

const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  await Promise.all(closers.splice(0).map((close) => close()));
});

/* --------------------------------------------------------------- helpers */

function webhooks<T = unknown>(who: Viewer, path: string, input?: unknown, kind: "query" | "mutation" = "mutation") {
  return callTrpc({ db: t.api.test.db, viewer: who }, `webhooks.${path}`, input, kind) as Promise<{
    status: number;
    data: T | undefined;
    error?: { message: string };
  }>;
}

const CONTEXT_EVENTS = ["handoff.requested", "handoff.accepted", "conversation.resolved"];

async function addEndpoint(url: string, transcript?: "none" | "link" | "full") {
  const { morgan } = await t.people();
  const created = await webhooks<{ endpoint: { id: string; transcript: string }; secret: string }>(morgan, "create", {
    url,
    events: CONTEXT_EVENTS,
    ...(transcript ? { transcript } : {}),
  });
  expect(created.status).toBe(200);
  return created.data!;
}

/** A chat the host site identified (Ada, plan pro), who asked a question and then pressed "Talk to a person". */
async function identifiedAndQueued(): Promise<Session> {
  await t.online((await t.people()).sam); // with nobody online the flow offers a callback instead of queueing
  const started = await t.api.json<Session>("POST", "/api/v1/chat/acme/sessions", {
    body: { customer: { id: "cust-9", name: "Ada Lovelace", email: "ada@example.com", attributes: { plan: "pro", seats: 12 } } },
  });
  expect(started.status).toBe(201);
  const session = started.body;
  await t.say(session, "I was charged twice for my order, this is really annoying");
  const handoff = await t.api.json("POST", `/api/v1/chat/sessions/${session.sessionId}/handoff`, { token: session.token });
  expect(handoff.status).toBe(200);
  return session;
}

/** An anonymous chat queued for Billing, with Sam online. */
async function queued(): Promise<Session> {
  await t.online((await t.people()).sam);
  return t.queued();
}

/** The link's path and query, to call through the harness (its host is APP_URL). */
const pathOf = (link: string) => {
  const url = new URL(link);
  return url.pathname + url.search;
};

/* ----------------------------------------------------------------- tests */

describe("webhooks carry the context package and the transcript", () => {
  it("handoff.requested, handoff.accepted and conversation.resolved carry summary, reason, intent, sentiment trend, variables and contact", async () => {
    const { sam } = await t.people();
    await t.online(sam);
    const hooks = await receiver();
    const endpoint = await addEndpoint(hooks.url);
    expect(endpoint.endpoint.transcript).toBe("link"); // the default

    const session = await identifiedAndQueued();
    await vi.waitFor(() => expect(hooks.ofType("handoff.requested")).toHaveLength(1));
    await t.inbox(sam, "accept", { conversationId: session.sessionId });
    await vi.waitFor(() => expect(hooks.ofType("handoff.accepted")).toHaveLength(1));
    await t.say(session, "thanks, also my email changed to ada@newmail.example");
    await t.inbox(sam, "resolve", { conversationId: session.sessionId });
    await vi.waitFor(() => expect(hooks.ofType("conversation.resolved")).toHaveLength(1));

    const row = await t.api.test.db.conversation.findUniqueOrThrow({ where: { id: session.sessionId }, include: { contact: true, handoffs: true } });
    const stored = row.handoffs[0]!.context as { summary: string; intent: { name: string; confidence: number } | null; sentimentTrend: number[] };
    expect(stored.summary.length).toBeGreaterThan(0);
    expect(stored.sentimentTrend.length).toBeGreaterThan(0);
    for (const type of CONTEXT_EVENTS) {
      const [event] = hooks.ofType(type);
      expect(event!.data.contactId).toBe(row.contactId);
      expect(event!.data.context).toEqual({
        summary: stored.summary,
        reason: "button",
        intent: stored.intent,
        sentimentTrend: stored.sentimentTrend,
        variables: row.variables,
        contact: {
          id: row.contactId,
          externalId: "cust-9",
          name: "Ada Lovelace",
          email: "ada@example.com",
          verified: false,
          attributes: { plan: "pro", seats: 12 },
        },
      });
      expect(event!.data.context.variables).toMatchObject({ "customer.plan": "pro", "customer.name": "Ada Lovelace" });
      expect(event!.data.transcript).toMatchObject({ mode: "link" });
    }
    // The complaint made the trend negative: the package says so rather than a neutral default.
    expect(Math.min(...stored.sentimentTrend)).toBeLessThan(0);
    // Never the customer's token, in any form.
    for (const request of hooks.requests) expect(request.body).not.toContain(session.token);
  });

  it("an anonymous customer's events say contact: null; the variables are still there", async () => {
    const hooks = await receiver();
    await addEndpoint(hooks.url, "none");
    const session = await queued();
    await vi.waitFor(() => expect(hooks.requests).toHaveLength(1));
    const { data } = hooks.requests[0]!.event;
    expect(data.context.contact).toBeNull();
    expect(data.context.reason).toBe("button");
    expect(data.transcript).toEqual({ mode: "none" });
    const row = await t.api.test.db.conversation.findUniqueOrThrow({ where: { id: session.sessionId } });
    expect(data.context.variables).toEqual(row.variables);
  });

  it("each endpoint gets the transcript its setting asks for: none, a signed link, or the messages — one event id for all", async () => {
    const none = await receiver();
    const link = await receiver();
    const full = await receiver();
    await addEndpoint(none.url, "none");
    await addEndpoint(link.url, "link");
    await addEndpoint(full.url, "full");
    const session = await identifiedAndQueued();
    await vi.waitFor(() => {
      expect(none.requests).toHaveLength(1);
      expect(link.requests).toHaveLength(1);
      expect(full.requests).toHaveLength(1);
    });
    const [a, b, c] = [none.requests[0]!.event, link.requests[0]!.event, full.requests[0]!.event];
    expect(new Set([a.id, b.id, c.id]).size).toBe(1);
    expect(a.data.context).toEqual(c.data.context);

    expect(a.data.transcript).toEqual({ mode: "none" });

    const messages = await t.api.test.db.message.findMany({ where: { conversationId: session.sessionId }, orderBy: { seq: "asc" } });
    expect(c.data.transcript).toEqual({
      mode: "full",
      omitted: 0,
      messages: messages.map((m) => ({ seq: m.seq, author: m.author.toLowerCase(), text: m.text, agentName: null, createdAt: m.createdAt.toISOString() })),
    });
    expect(messages.some((m) => m.text === "I was charged twice for my order, this is really annoying")).toBe(true);

    const sent = b.data.transcript;
    if (sent.mode !== "link") throw new Error("expected a link");
    expect(sent.url).toMatch(new RegExp(`^http://localhost:3000/api/v1/transcripts/${session.sessionId}\\?expires=\\d+&sig=[A-Za-z0-9_-]{43}$`));
    expect(sent.expiresAt).toBe(new Date(t.api.clock.now.getTime() + 7 * 86_400_000).toISOString());
  });

  it("an inline transcript over 64 KB loses its oldest messages, with a marker saying how many", async () => {
    const { sam } = await t.people();
    await t.online(sam);
    const hooks = await receiver();
    await addEndpoint(hooks.url, "full");
    const session = await queued();
    // While the customer waits the bot is quiet: each message is stored as it is. 25 × ~3,000 characters ≈ 75 KB.
    for (let i = 0; i < 25; i++) await t.say(session, `message ${i}: ${"word ".repeat(600)}`);
    await t.inbox(sam, "accept", { conversationId: session.sessionId });
    await vi.waitFor(() => expect(hooks.ofType("handoff.accepted")).toHaveLength(1));
    const transcript = hooks.ofType("handoff.accepted")[0]!.data.transcript;
    if (transcript.mode !== "full") throw new Error("expected the full transcript");

    const total = await t.api.test.db.message.count({ where: { conversationId: session.sessionId } });
    expect(transcript.omitted).toBeGreaterThan(0);
    expect(transcript.messages).toHaveLength(total - transcript.omitted + 1);
    const [marker, ...kept] = transcript.messages;
    expect(marker).toMatchObject({ seq: 0, author: "system" });
    expect(marker!.text).toContain(`${transcript.omitted} earlier messages left out`);
    expect(Buffer.byteLength(JSON.stringify(kept))).toBeLessThanOrEqual(MAX_INLINE_TRANSCRIPT_BYTES);
    // The newest are kept, in order, ending with the latest message.
    const last = await t.api.test.db.message.findFirstOrThrow({ where: { conversationId: session.sessionId }, orderBy: { seq: "desc" } });
    expect(kept.at(-1)!.seq).toBe(last.seq);
    expect(kept.map((m) => m.seq)).toEqual([...kept.map((m) => m.seq)].sort((x, y) => x - y));
    expect(kept[0]!.seq).toBe(transcript.omitted + 1);
  });

  it("the signed link answers JSON, text or HTML, never cacheable; a tampered, expired or another conversation's signature is the same 404", async () => {
    const hooks = await receiver();
    await addEndpoint(hooks.url, "link");
    const session = await identifiedAndQueued();
    const other = await queued();
    await vi.waitFor(() => expect(hooks.requests).toHaveLength(2));
    const linkOf = (id: string) => {
      const found = hooks.requests.find((r) => r.event.data.conversationId === id)!.event.data.transcript;
      if (found.mode !== "link") throw new Error("expected a link");
      return pathOf(found.url);
    };
    const link = linkOf(session.sessionId);

    const ok = await t.api.call("GET", link);
    expect(ok.status).toBe(200);
    expect(ok.headers.get("cache-control")).toBe("no-store");
    expect(ok.headers.get("content-type")).toMatch(/^application\/json/);
    const body = (await ok.json()) as { id: string; contact: { name: string }; messages: { text: string }[] };
    expect(body.id).toBe(session.sessionId);
    expect(body.contact.name).toBe("Ada Lovelace");
    expect(body.messages.map((m) => m.text)).toContain("I was charged twice for my order, this is really annoying");

    const text = await t.api.call("GET", link, { headers: { accept: "text/plain" } });
    expect(text.headers.get("content-type")).toMatch(/^text\/plain/);
    expect(await text.text()).toMatch(/\] Ada Lovelace: I was charged twice for my order/);

    await t.say(session, "<script>alert(1)</script>");
    const html = await t.api.call("GET", link, { headers: { accept: "text/html,application/xhtml+xml" } });
    expect(html.headers.get("content-type")).toMatch(/^text\/html/);
    expect(html.headers.get("cache-control")).toBe("no-store");
    const page = await html.text();
    expect(page).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(page).not.toContain("<script>alert(1)");

    const url = new URL(link, "http://x");
    const expires = url.searchParams.get("expires")!;
    const sig = url.searchParams.get("sig")!;
    const otherUrl = new URL(linkOf(other.sessionId), "http://x");
    const flipped = sig.replace(/^./, (c) => (c === "A" ? "B" : "A"));
    const refusals = [
      `/api/v1/transcripts/${session.sessionId}?expires=${expires}&sig=${flipped}`, // tampered signature
      `/api/v1/transcripts/${session.sessionId}?expires=${Number(expires) + 86_400}&sig=${sig}`, // longer life, same signature
      `/api/v1/transcripts/${session.sessionId}?${otherUrl.searchParams.toString()}`, // another conversation's signature
      `/api/v1/transcripts/${session.sessionId}?expires=${expires}`, // no signature
      `/api/v1/transcripts/${session.sessionId}?expires=soon&sig=${sig}`, // malformed
      `/api/v1/transcripts/not-a-conversation?expires=${expires}&sig=${sig}`,
    ];
    const answers = await Promise.all(refusals.map((path) => t.api.json<{ error: { code: string; message: string } }>("GET", path)));
    for (const answer of answers) {
      expect(answer.status).toBe(404);
      expect(answer.headers.get("cache-control")).toBe("no-store");
      expect(answer.body).toEqual(answers[0]!.body);
    }
    expect(answers[0]!.body.error.code).toBe("not_found");

    // Still fine a minute before it expires; the same 404 once it has.
    t.api.clock.now = new Date(Number(expires) * 1000 - 60_000);
    expect((await t.api.call("GET", link)).status).toBe(200);
    t.api.clock.now = new Date(Number(expires) * 1000);
    const expired = await t.api.json("GET", link);
    expect(expired.status).toBe(404);
    expect(expired.body).toEqual(answers[0]!.body);
  });

  it("a link's signature is HMAC-SHA256 under a key derived from AUTH_SECRET: another secret's signature is refused", async () => {
    const hooks = await receiver();
    await addEndpoint(hooks.url, "link");
    const session = await queued();
    await vi.waitFor(() => expect(hooks.requests).toHaveLength(1));
    const transcript = hooks.requests[0]!.event.data.transcript;
    if (transcript.mode !== "link") throw new Error("expected a link");
    const url = new URL(transcript.url);
    const expires = url.searchParams.get("expires")!;
    // Signed with AUTH_SECRET itself (not the derived key): not a valid link.
    const naive = createHmac("sha256", process.env.AUTH_SECRET!).update(`${session.sessionId}.${expires}`).digest("base64url");
    expect((await t.api.call("GET", `/api/v1/transcripts/${session.sessionId}?expires=${expires}&sig=${naive}`)).status).toBe(404);
    expect((await t.api.call("GET", pathOf(transcript.url))).status).toBe(200);
  });

  it("a deleted contact's conversation link is a 404", async () => {
    const hooks = await receiver();
    await addEndpoint(hooks.url, "link");
    const session = await identifiedAndQueued();
    await vi.waitFor(() => expect(hooks.requests).toHaveLength(1));
    const transcript = hooks.requests[0]!.event.data.transcript;
    if (transcript.mode !== "link") throw new Error("expected a link");
    expect((await t.api.call("GET", pathOf(transcript.url))).status).toBe(200);

    const { morgan } = await t.people();
    const contactId = hooks.requests[0]!.event.data.context.contact!.id;
    const deleted = await callTrpc({ db: t.api.test.db, viewer: morgan }, "contacts.delete", { contactId, confirm: "DELETE" });
    expect(deleted.status).toBe(200);
    const gone = await t.api.json<{ error: { code: string } }>("GET", pathOf(transcript.url));
    expect(gone.status).toBe(404);
    expect(gone.body.error.code).toBe("not_found");
    expect(await t.api.test.db.conversation.count({ where: { id: session.sessionId } })).toBe(0);
  });

  it("Settings → Webhooks keeps each endpoint's transcript choice and refuses an unknown one", async () => {
    const { morgan } = await t.people();
    const hooks = await receiver();
    const created = await addEndpoint(hooks.url, "full");
    expect(created.endpoint.transcript).toBe("full");
    const updated = await webhooks<{ transcript: string }>(morgan, "update", {
      endpointId: created.endpoint.id,
      url: hooks.url,
      description: "",
      events: CONTEXT_EVENTS,
      enabled: true,
      transcript: "none",
    });
    expect(updated.data!.transcript).toBe("none");
    const list = await webhooks<{ transcript: string }[]>(morgan, "list", undefined, "query");
    expect(list.data!.map((e) => e.transcript)).toEqual(["none"]);
    const refused = await webhooks(morgan, "create", { url: hooks.url, events: CONTEXT_EVENTS, transcript: "pdf" });
    expect(refused.status).toBe(400);
    expect(refused.error!.message).toContain("Choose none, link or full");
  });
});
