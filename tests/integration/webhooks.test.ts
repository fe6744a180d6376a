import { createHmac } from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { Viewer } from "@/server/auth/viewer";
import { runSweeps } from "@/server/jobs/run-sweeps";
import { deliverWebhooks } from "@/server/notifications/deliver-webhooks";
import { callTrpc } from "../helpers/call-trpc";
import { makeWorkspace } from "../helpers/make-workspace";
import { setupInbox } from "./inbox-harness";

// The receivers below listen on 127.0.0.1: allowed explicitly, as a self-hoster would (OUTBOUND_ALLOW_CIDRS).
const t = setupInbox({ outbound: { allowPrivate: false, allowCidrs: ["127.0.0.1/32"] } });

/* ------------------------------------------------------------- receiver */

interface Received {
  headers: http.IncomingHttpHeaders;
  body: string;
  json: { id: string; type: string; createdAt: string; workspaceId: string; data: Record<string, unknown> };
}

/** A real HTTP server on a free port: records every request and answers with the next status of `plan` (the last one repeats), or holds it. */
async function receiver(plan: (number | "hang")[] = [200]) {
  const requests: Received[] = [];
  const held: http.ServerResponse[] = [];
  const server = http.createServer((request, response) => {
    let body = "";
    request.setEncoding("utf8");
    request.on("data", (chunk: string) => (body += chunk));
    request.on("end", () => {
      requests.push({ headers: request.headers, body, json: JSON.parse(body) as Received["json"] });
      const answer = plan[Math.min(requests.length - 1, plan.length - 1)]!;
      if (answer === "hang") held.push(response);
      else response.writeHead(answer, { "content-type": "text/plain" }).end(answer === 200 ? "ok" : "nope");
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks`;
  const close = () =>
    new Promise<void>((resolve) => {
      for (const response of held) response.destroy();
      server.closeAllConnections();
      server.close(() => resolve());
    });
  closers.push(close);
  return { url, requests, held, close, ofType: (type: string) => requests.filter((r) => r.json.type === type) };
}

const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  await Promise.all(closers.splice(0).map((close) => close()));
});

/** A port nothing listens on: a receiver that is down. */
async function deadUrl() {
  const { url, close } = await receiver();
  await close();
  return url;
}

/* --------------------------------------------------------------- helpers */

type TrpcResult<T> = Awaited<ReturnType<typeof callTrpc>> & { data: T | undefined };
function webhooks<T = unknown>(who: Viewer | null, path: string, input?: unknown, kind: "query" | "mutation" = "mutation") {
  return callTrpc({ db: t.api.test.db, viewer: who }, `webhooks.${path}`, input, kind) as Promise<TrpcResult<T>>;
}

const ALL_EVENTS = ["handoff.requested", "handoff.accepted", "conversation.resolved", "callback.scheduled"];

async function addEndpoint(url: string, events = ALL_EVENTS, who?: Viewer) {
  const admin = who ?? (await t.people()).morgan;
  const created = await webhooks<{ endpoint: { id: string }; secret: string }>(admin, "create", { url, description: "CRM", events });
  expect(created.status).toBe(200);
  return { id: created.data!.endpoint.id, secret: created.data!.secret };
}

const verify = (secret: string, received: Received) =>
  `sha256=${createHmac("sha256", secret)
    .update(`${received.headers["x-tandem-timestamp"] as string}.${received.body}`)
    .digest("hex")}` === received.headers["x-tandem-signature"];

const delivery = (endpointId: string) => t.api.test.db.webhookDelivery.findFirstOrThrow({ where: { endpointId }, orderBy: { createdAt: "desc" } });
const at = (seconds: number) => new Date(t.api.clock.now.getTime() + seconds * 1000);

/* ----------------------------------------------------------------- tests */

describe("outgoing webhooks", () => {
  it("signs each delivery with the endpoint's secret (HMAC-SHA256 of timestamp.body); a rotated secret replaces the old one", async () => {
    const { morgan } = await t.people();
    const hooks = await receiver();
    const { id, secret } = await addEndpoint(hooks.url);
    expect(secret).toMatch(/^whsec_[A-Za-z0-9_-]{43}$/);

    const sent = await webhooks<{ id: string; status: string; attempts: number; responseStatus: number }>(morgan, "sendTest", { endpointId: id });
    expect(sent.data).toMatchObject({ status: "DELIVERED", attempts: 1, responseStatus: 200 });
    expect(hooks.requests).toHaveLength(1);
    const [received] = hooks.requests;
    expect(received!.headers).toMatchObject({
      "content-type": "application/json",
      "x-tandem-event": "webhook.test",
      "x-tandem-delivery": sent.data!.id,
      "x-tandem-timestamp": String(t.api.clock.now.getTime() / 1000),
    });
    expect(Object.keys(received!.json)).toEqual(["id", "type", "createdAt", "workspaceId", "data"]);
    expect(received!.json).toMatchObject({ type: "webhook.test", createdAt: t.api.clock.now.toISOString(), workspaceId: morgan.workspaceId });
    expect(verify(secret, received!)).toBe(true);
    expect(
      verify(
        secret.replace(/.$/, (c) => (c === "a" ? "b" : "a")),
        received!,
      ),
    ).toBe(false);
    // A body changed in transit no longer matches.
    expect(verify(secret, { ...received!, body: received!.body.replace("webhook.test", "webhook.tesT") })).toBe(false);

    // The list never shows the secret again, only a hint.
    const list = await webhooks<{ secretHint: string }[]>(morgan, "list", undefined, "query");
    expect(JSON.stringify(list.data)).not.toContain(secret);
    expect(list.data![0]!.secretHint).toBe(`whsec_…${secret.slice(-4)}`);

    const rotated = await webhooks<{ secret: string }>(morgan, "rotateSecret", { endpointId: id });
    expect(rotated.data!.secret).not.toBe(secret);
    await webhooks(morgan, "sendTest", { endpointId: id });
    expect(verify(rotated.data!.secret, hooks.requests[1]!)).toBe(true);
    expect(verify(secret, hooks.requests[1]!)).toBe(false);
  });

  it("fires handoff.requested, handoff.accepted and conversation.resolved with the team, reason and agent — never the customer's token", async () => {
    const { sam } = await t.people();
    await t.online(sam);
    const hooks = await receiver();
    const { secret } = await addEndpoint(hooks.url);
    const billing = await t.api.test.db.team.findFirstOrThrow({ where: { name: "Billing" }, select: { id: true, name: true } });

    const session = await t.queued();
    await vi.waitFor(() => expect(hooks.ofType("handoff.requested")).toHaveLength(1));
    expect(hooks.ofType("handoff.requested")[0]!.json.data).toMatchObject({
      conversationId: session.sessionId,
      status: "queued",
      team: billing,
      reason: "button",
      kind: "warm",
      contactId: null,
    });

    expect((await t.inbox(sam, "accept", { conversationId: session.sessionId })).status).toBe(200);
    await vi.waitFor(() => expect(hooks.ofType("handoff.accepted")).toHaveLength(1));
    expect(hooks.ofType("handoff.accepted")[0]!.json.data).toMatchObject({
      conversationId: session.sessionId,
      status: "assigned",
      team: billing,
      reason: "button",
      agent: { id: sam.userId, name: sam.name },
    });

    expect((await t.inbox(sam, "resolve", { conversationId: session.sessionId })).status).toBe(200);
    await vi.waitFor(() => expect(hooks.ofType("conversation.resolved")).toHaveLength(1));
    expect(hooks.ofType("conversation.resolved")[0]!.json.data).toMatchObject({
      conversationId: session.sessionId,
      team: billing,
      agent: { id: sam.userId, name: sam.name },
    });

    expect(hooks.requests).toHaveLength(3);
    for (const request of hooks.requests) {
      expect(verify(secret, request)).toBe(true);
      expect(request.body).not.toContain(session.token);
      expect(request.body).not.toMatch(/token/i);
    }
  });

  it("an automatic assignment fires handoff.accepted naming the agent it picked", async () => {
    const { sam } = await t.people();
    await t.online(sam);
    await t.api.test.db.team.updateMany({ where: { name: "Billing" }, data: { assignmentPolicy: "LEAST_BUSY" } });
    const hooks = await receiver();
    await addEndpoint(hooks.url, ["handoff.accepted"]);
    const session = await t.queued();
    await vi.waitFor(() => expect(hooks.requests).toHaveLength(1));
    expect(hooks.requests[0]!.json).toMatchObject({
      type: "handoff.accepted",
      data: { conversationId: session.sessionId, status: "assigned", agent: { id: sam.userId, name: sam.name } },
    });
  });

  it("a transfer straight to an agent fires handoff.accepted naming the new owner", async () => {
    const { sam, alex } = await t.people();
    await Promise.all([t.online(sam), t.online(alex)]);
    const hooks = await receiver();
    await addEndpoint(hooks.url, ["handoff.accepted"]);
    const session = await t.queued();
    await t.inbox(sam, "accept", { conversationId: session.sessionId });
    await vi.waitFor(() => expect(hooks.requests).toHaveLength(1));
    expect((await t.inbox(sam, "transfer", { conversationId: session.sessionId, agentUserId: alex.userId })).status).toBe(200);
    await vi.waitFor(() => expect(hooks.requests).toHaveLength(2));
    expect(hooks.requests[1]!.json).toMatchObject({
      type: "handoff.accepted",
      data: { conversationId: session.sessionId, agent: { id: alex.userId, name: alex.name } },
    });
  });

  it("fires callback.scheduled when the flow's callback node books a call, with the phone, slot and time zone", async () => {
    const { sam } = await t.people();
    await t.online(sam);
    const hooks = await receiver();
    await addEndpoint(hooks.url, ["callback.scheduled"]);
    const session = await t.queued();
    await runSweeps(t.api.runtime, at(180)); // nobody accepted: the no_agent exit offers a callback
    t.api.clock.now = at(181);
    await t.say(session, "yes please");
    await t.say(session, "+44 20 7946 0000");
    const slots = await t.api.test.db.conversation.findUniqueOrThrow({ where: { id: session.sessionId }, select: { state: true } });
    const choice = (slots.state as { waiting?: { choices: { id: string }[] } }).waiting!.choices[0]!;
    await t.say(session, `choice:${choice.id}`);
    expect((await t.transcript(session)).status).toBe("callback_scheduled");

    await vi.waitFor(() => expect(hooks.requests).toHaveLength(1));
    const callback = await t.api.test.db.callback.findFirstOrThrow({ where: { conversationId: session.sessionId } });
    expect(hooks.requests[0]!.json).toMatchObject({
      type: "callback.scheduled",
      data: {
        conversationId: session.sessionId,
        status: "callback_scheduled",
        team: { name: "Billing" },
        callback: { id: callback.id, phone: "+442079460000", dueAt: callback.dueAt.toISOString(), timeZone: "Europe/London" },
      },
    });
  });

  it("retries a receiver that answers 500 after 30 s, then delivers; gives up after 6 attempts on the schedule 30 s, 2 min, 10 min, 1 h, 6 h", async () => {
    const { sam } = await t.people();
    await t.online(sam, 10);
    const flaky = await receiver([500, 200]);
    const { id } = await addEndpoint(flaky.url, ["handoff.requested"]);
    await t.queued();
    await vi.waitFor(async () => expect(await delivery(id)).toMatchObject({ attempts: 1, responseStatus: 500 }));
    const first = await delivery(id);
    expect(first).toMatchObject({ status: "PENDING", nextAttemptAt: at(30) });
    expect(first.error).toContain("500");

    await runSweeps(t.api.runtime, at(29));
    expect(flaky.requests).toHaveLength(1);
    await runSweeps(t.api.runtime, at(30));
    expect(flaky.requests).toHaveLength(2);
    expect(await delivery(id)).toMatchObject({ status: "DELIVERED", attempts: 2, responseStatus: 200, nextAttemptAt: null, deliveredAt: at(30), error: null });
    // Both attempts were the same delivery of the same event.
    expect(flaky.requests[1]!.headers["x-tandem-delivery"]).toBe(flaky.requests[0]!.headers["x-tandem-delivery"]);
    expect(flaky.requests[1]!.json.id).toBe(flaky.requests[0]!.json.id);

    const down = await receiver([503]);
    const broken = await addEndpoint(down.url, ["handoff.requested"]);
    await t.queued();
    await vi.waitFor(async () => expect(await delivery(broken.id)).toMatchObject({ attempts: 1, responseStatus: 503 }));
    let elapsed = 0;
    for (const [attempt, wait] of [
      [2, 30],
      [3, 120],
      [4, 600],
      [5, 3600],
      [6, 21_600],
    ] as const) {
      expect((await delivery(broken.id)).nextAttemptAt).toEqual(at(elapsed + wait));
      await deliverWebhooks(t.api.runtime, at(elapsed + wait - 1));
      expect((await delivery(broken.id)).attempts).toBe(attempt - 1);
      elapsed += wait;
      await deliverWebhooks(t.api.runtime, at(elapsed));
      expect((await delivery(broken.id)).attempts).toBe(attempt);
    }
    expect(await delivery(broken.id)).toMatchObject({ status: "FAILED", attempts: 6, nextAttemptAt: null });
    await deliverWebhooks(t.api.runtime, at(elapsed + 100_000));
    expect(down.requests).toHaveLength(6);
  });

  it("a receiver that hangs or is down neither slows nor fails the customer's request", async () => {
    const { sam } = await t.people();
    await t.online(sam);
    const hanging = await receiver(["hang"]);
    const slow = await addEndpoint(hanging.url, ["handoff.requested"]);
    const dead = await addEndpoint(await deadUrl(), ["handoff.requested"]);

    const session = await t.queued(); // asserts a 200
    expect((await t.transcript(session)).status).toBe("queued");
    // The hung receiver still holds the request: the handoff answered without waiting for it.
    await vi.waitFor(() => expect(hanging.requests).toHaveLength(1));
    expect(await delivery(slow.id)).toMatchObject({ status: "PENDING", attempts: 1, responseStatus: null, error: null });
    await vi.waitFor(async () => expect((await delivery(dead.id)).error).toBe("Connection refused: nothing is listening at that address and port."));
    expect(await delivery(dead.id)).toMatchObject({ status: "PENDING", attempts: 1, nextAttemptAt: at(30) });
    expect((await t.inbox(sam, "accept", { conversationId: session.sessionId })).status).toBe(200);

    hanging.held[0]!.writeHead(204).end();
    await vi.waitFor(async () => expect(await delivery(slow.id)).toMatchObject({ status: "DELIVERED", responseStatus: 204 }));
  });

  it("refuses URLs that are not http(s) with a clear message and stores nothing", async () => {
    const { morgan } = await t.people();
    const cases: [string, string][] = [
      ["ftp://files.example.com/hook", "Only http:// and https:// URLs can receive webhooks."],
      ["javascript:alert(1)", "Only http:// and https:// URLs can receive webhooks."],
      ["file:///etc/passwd", "Only http:// and https:// URLs can receive webhooks."],
      ["not a url", "That isn't a URL. Enter a full address, like https://example.com/tandem-webhook."],
      ["   ", "Enter the URL that should receive the events, like https://example.com/tandem-webhook."],
      ["https://user:pw@example.com/hook", "Leave credentials out of the URL; check the signature header instead."],
    ];
    for (const [url, message] of cases) {
      const refused = await webhooks(morgan, "create", { url, events: ["handoff.requested"] });
      expect(refused.status, url).toBe(400);
      expect(refused.error!.data.fieldErrors!.url, url).toEqual([message]);
    }
    const noEvents = await webhooks(morgan, "create", { url: "https://example.com/hook", events: [] });
    expect(noEvents.error!.data.fieldErrors!.events).toEqual(["Choose at least one event."]);
    expect(await t.api.test.db.webhookEndpoint.count()).toBe(0);

    const { id } = await addEndpoint("https://example.com/hook");
    const edit = await webhooks(morgan, "update", { endpointId: id, url: "ftp://example.com", events: ["handoff.requested"], description: "", enabled: true });
    expect(edit.status).toBe(400);
    expect((await t.api.test.db.webhookEndpoint.findUniqueOrThrow({ where: { id } })).url).toBe("https://example.com/hook");
  });

  it("only admins manage webhooks", async () => {
    const { sam, morgan } = await t.people();
    const { id } = await addEndpoint("https://example.com/hook", ALL_EVENTS, morgan);
    const calls: [string, unknown, "query" | "mutation"][] = [
      ["list", undefined, "query"],
      ["create", { url: "https://evil.example.com", events: ALL_EVENTS }, "mutation"],
      ["update", { endpointId: id, url: "https://evil.example.com", events: ALL_EVENTS, description: "", enabled: true }, "mutation"],
      ["delete", { endpointId: id }, "mutation"],
      ["rotateSecret", { endpointId: id }, "mutation"],
      ["deliveries", { endpointId: id }, "query"],
      ["sendTest", { endpointId: id }, "mutation"],
    ];
    for (const [path, input, kind] of calls) {
      const asAgent = await webhooks(sam, path, input, kind);
      expect(asAgent.status, path).toBe(403);
      expect(asAgent.error!.message).toBe("Only workspace admins can do that.");
      expect((await webhooks(null, path, input, kind)).status, path).toBe(401);
    }
    expect(await t.api.test.db.webhookEndpoint.findUniqueOrThrow({ where: { id } })).toMatchObject({ url: "https://example.com/hook" });
  });

  it("keeps each workspace to its own endpoints, logs and events", async () => {
    const { morgan, sam } = await t.people();
    await t.online(sam);
    const ours = await receiver();
    const { id } = await addEndpoint(ours.url);
    const sent = await webhooks<{ id: string }>(morgan, "sendTest", { endpointId: id });

    const { viewers } = await makeWorkspace(t.api.test.db, [{ name: "Other Admin", role: "ADMIN" }]);
    const other = viewers[0]!;
    const theirs = await receiver();
    await addEndpoint(theirs.url, ALL_EVENTS, other);
    expect((await webhooks<unknown[]>(other, "list", undefined, "query")).data).toHaveLength(1);
    for (const [path, input, kind] of [
      ["deliveries", { endpointId: id }, "query"],
      ["update", { endpointId: id, url: "https://evil.example.com", events: ALL_EVENTS, description: "", enabled: true }, "mutation"],
      ["rotateSecret", { endpointId: id }, "mutation"],
      ["sendTest", { endpointId: id }, "mutation"],
      ["delete", { endpointId: id }, "mutation"],
      ["redeliver", { deliveryId: sent.data!.id }, "mutation"],
    ] as const) {
      const refused = await webhooks(other, path, input, kind);
      expect(refused.status, path).toBe(404);
    }
    expect(await t.api.test.db.webhookEndpoint.findUniqueOrThrow({ where: { id } })).toMatchObject({ url: ours.url });

    await t.queued();
    await vi.waitFor(() => expect(ours.ofType("handoff.requested")).toHaveLength(1));
    await runSweeps(t.api.runtime, at(1));
    expect(theirs.requests).toHaveLength(0);
  });

  it("keeps a delivery log with Redeliver (same event, new delivery); a disabled endpoint gets nothing and its retries stop", async () => {
    const { morgan, sam } = await t.people();
    await t.online(sam);
    const hooks = await receiver([500, 200]);
    const { id } = await addEndpoint(hooks.url);
    const failed = await webhooks<{ id: string; status: string; error: string; nextAttemptAt: Date }>(morgan, "sendTest", { endpointId: id });
    expect(failed.data).toMatchObject({ status: "PENDING", nextAttemptAt: at(30) });

    const again = await webhooks<{ id: string; status: string }>(morgan, "redeliver", { deliveryId: failed.data!.id });
    expect(again.data).toMatchObject({ status: "DELIVERED" });
    expect(again.data!.id).not.toBe(failed.data!.id);
    expect(hooks.requests[1]!.json.id).toBe(hooks.requests[0]!.json.id);
    expect(hooks.requests[1]!.headers["x-tandem-delivery"]).toBe(again.data!.id);

    const log = await webhooks<{ id: string; type: string; status: string; attempts: number; responseStatus: number | null }[]>(
      morgan,
      "deliveries",
      { endpointId: id },
      "query",
    );
    expect(log.data!.map((d) => [d.id, d.status, d.attempts, d.responseStatus])).toEqual(
      expect.arrayContaining([
        [failed.data!.id, "PENDING", 1, 500],
        [again.data!.id, "DELIVERED", 1, 200],
      ]),
    );

    const off = await webhooks(morgan, "update", { endpointId: id, url: hooks.url, description: "CRM", events: ALL_EVENTS, enabled: false });
    expect(off.status).toBe(200);
    expect(await t.api.test.db.webhookDelivery.findUniqueOrThrow({ where: { id: failed.data!.id } })).toMatchObject({ status: "FAILED", nextAttemptAt: null });
    const session = await t.queued();
    expect((await t.transcript(session)).status).toBe("queued");
    await runSweeps(t.api.runtime, at(60));
    expect(hooks.requests).toHaveLength(2);
    expect(await t.api.test.db.webhookDelivery.count({ where: { type: "handoff.requested" } })).toBe(0);
    expect((await webhooks(morgan, "sendTest", { endpointId: id })).error!.message).toBe("This endpoint is disabled. Enable it to send it a test event.");

    expect((await webhooks(morgan, "delete", { endpointId: id })).status).toBe(200);
    expect(await t.api.test.db.webhookDelivery.count()).toBe(0);
  });
});
