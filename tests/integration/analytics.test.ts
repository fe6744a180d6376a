import { describe, expect, it } from "vitest";
import type { Viewer } from "@/server/auth/viewer";
import { analyticsFilterSchema, type AnalyticsFilter } from "@/server/analytics/analytics-schemas";
import { loadAnalytics } from "@/server/analytics/load-analytics";
import { rollUpAnalytics } from "@/server/analytics/roll-up-analytics";
import { runSweeps } from "@/server/jobs/run-sweeps";
import { createApiTokenForAdmin } from "@/server/workspace/create-api-token-for-admin";
import { callTrpc } from "../helpers/call-trpc";
import { sessionCookie } from "../helpers/session-cookie";
import { setupInbox, type Session } from "./inbox-harness";

const t = setupInbox();
const db = () => t.api.test.db;
const at = (iso: string) => (t.api.clock.now = new Date(iso));
const plus = (seconds: number) => (t.api.clock.now = new Date(t.api.clock.now.getTime() + seconds * 1000));

/** The period the scripted day falls in, in New York: Tue 24 and Wed 25 Nov 2026. */
const PERIOD = { preset: "custom", from: "2026-11-24", to: "2026-11-25" } as const;

function report(who: Pick<Viewer, "workspaceId" | "role" | "membershipId">, filter: Partial<AnalyticsFilter> = PERIOD) {
  return loadAnalytics(db(), who, analyticsFilterSchema.parse(filter), t.api.clock.now);
}

async function chat(path: string, session: Session, body?: unknown) {
  return t.api.json<Record<string, unknown>>(body === undefined ? "GET" : "POST", `/api/v1/chat/sessions/${session.sessionId}/${path}`, {
    token: session.token,
    body,
  });
}

async function setEmail(session: Session, email: string) {
  // The demo flow asks for no e-mail: set it as a widget that knows its visitor would.
  await db().conversation.update({ where: { id: session.sessionId }, data: { customerEmail: email } });
}

/**
 * Scripted conversations through the real chat API, inbox and sweeps, with the clock moved by hand.
 * The workspace counts days in New York, so 03:00 UTC on the 25th is still the 24th.
 */
async function script() {
  const { sam, morgan } = await t.people();
  const workspace = await db().workspace.findFirstOrThrow({ where: { slug: "acme" } });
  await db().workspace.update({ where: { id: workspace.id }, data: { timeZone: "America/New_York", abandonAfterSeconds: 120 } });

  // Previous period (Mon 23, 05:00 in New York): one chat that just says hello.
  at("2026-11-23T10:00:00Z");
  await t.start();

  // A — bot-resolved: the knowledge base helped, rated 5 in the End step.
  at("2026-11-24T15:00:00Z");
  const a = await t.start();
  await t.say(a, "I forgot my password and can't log in");
  await t.say(a, "choice:yes");
  expect((await t.say(a, "choice:5")).body.status).toBe("resolved");

  // B — escalated by the button, accepted after 90 s, first reply at 120 s, resolved at 300 s, rated 4 in the chat.
  at("2026-11-24T15:10:00Z");
  await t.online(sam);
  const b = await t.queued();
  await setEmail(b, "Pat@Example.com");
  plus(90);
  expect((await t.inbox(sam, "accept", { conversationId: b.sessionId })).status).toBe(200);
  plus(30);
  expect((await t.inbox(sam, "send", { conversationId: b.sessionId, text: "Hi, I'm looking at your invoice" })).status).toBe(200);
  plus(10);
  await t.inbox(sam, "send", { conversationId: b.sessionId, text: "Fixed it." });
  plus(170);
  expect((await t.inbox(sam, "resolve", { conversationId: b.sessionId })).status).toBe(200);
  expect((await t.say(b, "choice:4")).body.status).toBe("resolved");
  await chat("rating", b, { rating: 4, comment: "Quick and kind" });

  // C — asked for a person in words, then left: abandoned by the sweep after 120 s of silence (before the 180 s max wait).
  at("2026-11-24T15:30:00Z");
  await t.online(sam);
  const c = await t.start();
  expect((await t.say(c, "can I talk to a real person please")).body.status).toBe("queued");
  expect((await runSweeps(t.api.runtime, new Date(t.api.clock.now.getTime() + 119_000))).abandoned).toBe(0);
  expect((await runSweeps(t.api.runtime, new Date(t.api.clock.now.getTime() + 121_000))).abandoned).toBe(1);

  // D — queued, still there (reads at 100 s), nobody accepts within 180 s: no agent, then a callback is booked.
  at("2026-11-24T16:00:00Z");
  await t.online(sam);
  const d = await t.queued();
  plus(100);
  const read = await t.api.call("POST", `/api/v1/chat/sessions/${d.sessionId}/read`, { token: d.token, body: { seq: 1 } });
  expect(read.status).toBeLessThan(300);
  const swept = await runSweeps(t.api.runtime, new Date(t.api.clock.now.getTime() + 80_000));
  expect(swept).toMatchObject({ abandoned: 0, timedOut: 1 });
  plus(90);
  const slots = (await chat("callback-slots", d)).body as { slots: { startsAt: string }[] };
  expect((await chat("callback", d, { phone: "+442079460000", startsAt: slots.slots[0]!.startsAt })).status).toBe(201);

  // F — 03:00 UTC on the 25th is 22:00 on the 24th in New York; the customer says nothing more.
  at("2026-11-25T03:00:00Z");
  await t.start();

  // E — the customer of B needs a person again the next day: a repeat escalation, still waiting.
  at("2026-11-25T15:00:00Z");
  await t.online(sam);
  const e = await t.queued();
  await setEmail(e, "pat@example.com ");
  plus(60);
  return { sam, morgan, workspaceId: workspace.id, sessions: { a, b, c, d, e } };
}

/**
 * After hours and with nobody online (Billing keeps 09:00–17:00 London, = UTC in November), on Tue 24 Nov: three customers
 * ask for a person and find nobody, so the flow offers a callback instead of queueing them.
 */
async function afterHours() {
  const { sam, morgan } = await t.people();
  const workspace = await db().workspace.update({ where: { slug: "acme" }, data: { timeZone: "America/New_York" } });
  await db().membership.updateMany({ data: { presence: "OFFLINE" } });
  // A receiver that wants both events: a handoff that found nobody is no handoff.requested (nobody will take it).
  await db().webhookEndpoint.create({
    data: { workspaceId: workspace.id, url: "http://192.0.2.1/hook", events: ["handoff.requested", "callback.scheduled"], secret: "s" },
  });

  // H — open (16:00 London) but nobody online: presses "Talk to a person", then says nothing more (gave up).
  at("2026-11-24T16:00:00Z");
  const h = await t.start();
  await setEmail(h, "lee@example.com");
  const pressed = await t.api.json<Record<string, unknown>>("POST", `/api/v1/chat/sessions/${h.sessionId}/handoff`, { token: h.token });
  expect(pressed.status).toBe(200);
  expect(pressed.body).toMatchObject({ status: "bot" });
  expect(pressed.body.handoff).toBeUndefined();

  // G — closed (19:00 London): the same customer asks for a person in words, then books a callback from the offer.
  at("2026-11-24T19:00:00Z");
  t.api.runtime.cache.delete(`availability:${(await db().team.findFirstOrThrow({ where: { name: "Billing" } })).id}`); // hours later, not 1 s
  const g = await t.start();
  await setEmail(g, "Lee@example.com");
  const asked = await t.say(g, "can I talk to a real person please");
  expect(asked.body.status).toBe("bot");
  expect(asked.body.handoff).toBeUndefined();
  expect(asked.body.messages.map((m) => m.text).join(" ")).toMatch(/call you back/);
  plus(45);
  const slots = (await chat("callback-slots", g)).body as { slots: { startsAt: string }[] };
  expect((await chat("callback", g, { phone: "+442079460000", startsAt: slots.slots[0]!.startsAt })).status).toBe(201);

  // I — closed (19:30 London): the flow itself leads to Billing (no article matches), nobody there; the customer writes
  // nothing more but asks to be e-mailed instead (the e-mail follow-up records this event).
  at("2026-11-24T19:30:00Z");
  const i = await t.start();
  expect((await t.say(i, "I was charged twice for my order")).body.status).toBe("bot");
  plus(60);
  await db().event.create({
    data: {
      workspaceId: workspace.id,
      conversationId: i.sessionId,
      type: "follow_up_requested",
      data: { email: "kim@example.com" },
      createdAt: t.api.clock.now,
    },
  });
  return { sam, morgan, sessions: { g, h, i } };
}

describe("analytics: escalations that found no agent", () => {
  it("are recorded as handoffs that ended at once, and counted as escalations, by reason, as no agent and what followed, live and rolled up", async () => {
    const { sam, morgan, sessions } = await afterHours();
    const billing = await db().team.findFirstOrThrow({ where: { name: "Billing" } });
    const rows = await db().handoff.findMany({ orderBy: { requestedAt: "asc" } });
    expect(rows.map((r) => [r.conversationId, r.reason, r.kind, r.teamId, r.nodeId, r.outcome, r.acceptedAt, r.priority])).toEqual([
      [sessions.h.sessionId, "button", "WARM", billing.id, "handoff_billing", "NO_AGENT", null, 0],
      [sessions.g.sessionId, "explicit_request", "WARM", billing.id, "handoff_billing", "NO_AGENT", null, 0],
      [sessions.i.sessionId, "flow", "WARM", billing.id, "handoff_billing", "NO_AGENT", null, 0],
    ]);
    expect(rows.every((r) => r.resolvedAt?.getTime() === r.requestedAt.getTime())).toBe(true);
    expect(rows.map((r) => (r.context as { noAgent?: string }).noAgent)).toEqual(["nobody_online", "closed", "closed"]);
    expect((rows[1]!.context as { summary?: string }).summary).toBeTruthy();

    // Never in a queue: no inbox view but the callback list holds them, and nothing counts them as waiting.
    for (const view of ["mine", "unassigned", "all", "resolved"]) {
      const listed = await t.inbox<{ id: string }[]>(morgan, "list", { view }, "query");
      expect(listed.data, view).toEqual([]);
    }
    const callbacks = await t.inbox<{ id: string; reason: string | null }[]>(sam, "list", { view: "callbacks" }, "query");
    expect(callbacks.data!.map((row) => [row.id, row.reason])).toEqual([[sessions.g.sessionId, "explicit_request"]]);
    expect((await t.inbox(morgan, "counts", undefined, "query")).data).toMatchObject({ mine: 0, unassigned: 0, all: 0, callbacks: 1 });
    expect(await db().conversation.count({ where: { queuedAt: { not: null } } })).toBe(0);
    const opened = await t.inbox<{ handoff: { reason: string; outcome: string } }>(sam, "conversation", { conversationId: sessions.g.sessionId }, "query");
    expect(opened.data!.handoff).toMatchObject({ reason: "explicit_request", outcome: "NO_AGENT" });
    expect((await db().webhookDelivery.findMany()).map((d) => d.type)).toEqual(["callback.scheduled"]);

    at("2026-11-27T12:00:00Z");
    const live = await report(morgan);
    expect(live.conversations.current).toMatchObject({ started: 3, escalated: 3, contained: 0, abandoned: 0 });
    expect(live.kpis.escalationRate.current).toBe(1);
    expect(live.kpis.containmentRate.current).toBe(0);
    expect(live.kpis.noAgent.current).toBe(3);
    expect(live.kpis.waitP50Seconds.current).toBeNull();
    expect(live.kpis.abandonedInQueue.current).toBe(0);
    expect(live.handoffs.current).toEqual({
      handoffs: 3,
      accepted: 0,
      wait: { p50: null, p90: null, histogram: live.handoffs.current.wait.histogram.map((b) => ({ ...b, count: 0 })) },
      abandoned: 0,
      noAgent: { total: 3, callbackBooked: 1, messageLeft: 1, gaveUp: 1 },
      firstReply: { p50: null, p90: null, replied: 0 },
      handle: { p50: null, average: null },
      resolved: 0,
      finished: 0,
      handedBack: 0,
      transferred: 0,
    });
    expect(live.reasons.filter((x) => x.current || x.previous)).toEqual([
      { reason: "explicit_request", label: "Asked for a person", current: 1, previous: 0 },
      { reason: "button", label: "Pressed Talk to a person", current: 1, previous: 0 },
      { reason: "flow", label: expect.any(String), current: 1, previous: 0 },
    ]);
    expect(live.nodes.map((n) => [n.nodeId, n.count])).toEqual([["handoff_billing", 3]]);
    expect(live.daily).toEqual([
      { day: "2026-11-24", started: 3, escalated: 3, contained: 0 },
      { day: "2026-11-25", started: 0, escalated: 0, contained: 0 },
    ]);
    expect(live.callbacks.current).toMatchObject({ booked: 1 });
    expect(live.repeatEscalation.current).toEqual({ conversations: 1, customers: 1 });
    expect(live.teams.map((team) => [team.name, team.handoffs, team.handled])).toEqual([["Billing", 3, 0]]);
    expect(live.agents).toEqual([]);
    // Billing's agent sees them (their team's); the other team's does not.
    expect((await report(sam)).handoffs.current.noAgent.total).toBe(3);
    expect((await report(await t.viewer("alex@acme.test"))).kpis.started.current).toBe(0);

    // The closed days rolled up give the same figures.
    expect(await rollUpAnalytics(db(), t.api.clock.now, 100)).toBeGreaterThan(0);
    expect(await db().analyticsHandoffReasonRollup.aggregate({ _sum: { handoffs: true } })).toEqual({ _sum: { handoffs: 3 } });
    expect(await report(morgan)).toEqual(live);
  });
});

describe("analytics: figures from scripted conversations", () => {
  it("counts every figure exactly, in the workspace's days, with the previous period beside it", async () => {
    const { morgan, sam } = await script();
    const r = await report(morgan);
    expect(r.period).toEqual({ from: "2026-11-24", to: "2026-11-25", days: 2, previousFrom: "2026-11-22", previousTo: "2026-11-23" });
    expect(r.timeZone).toBe("America/New_York");
    expect(r.kpis.started).toEqual({ current: 6, previous: 1, change: 5 });
    expect(r.conversations.current).toMatchObject({ started: 6, escalated: 4, contained: 1, abandoned: 1, rated: 2 });
    expect(r.kpis.containmentRate.current).toBeCloseTo(1 / 6);
    expect(r.kpis.containmentRate.previous).toBe(0);
    expect(r.kpis.escalationRate.current).toBeCloseTo(4 / 6);

    expect(r.handoffs.current).toEqual({
      handoffs: 4,
      accepted: 1,
      wait: {
        p50: 90,
        p90: 90,
        histogram: [
          { key: "under_1m", label: "Under 1 min", count: 0 },
          { key: "1_5m", label: "1–5 min", count: 1 },
          { key: "5_15m", label: "5–15 min", count: 0 },
          { key: "15_60m", label: "15–60 min", count: 0 },
          { key: "over_60m", label: "Over 60 min", count: 0 },
        ],
      },
      abandoned: 1,
      noAgent: { total: 1, callbackBooked: 1, messageLeft: 0, gaveUp: 0 },
      firstReply: { p50: 120, p90: 120, replied: 1 },
      handle: { p50: 210, average: 210 },
      resolved: 1,
      finished: 1,
      handedBack: 0,
      transferred: 0,
    });
    expect(r.kpis.resolutionRate.current).toBe(1);
    expect(r.reasons.filter((x) => x.current || x.previous)).toEqual([
      { reason: "explicit_request", label: "Asked for a person", current: 1, previous: 0 },
      { reason: "button", label: "Pressed Talk to a person", current: 3, previous: 0 },
    ]);
    expect(r.nodes.reduce((sum, node) => sum + node.count, 0)).toBe(4);
    expect(r.nodes[0]).toMatchObject({ flowName: expect.any(String), nodeLabel: expect.stringMatching(/handoff/i) });

    expect(r.daily).toEqual([
      { day: "2026-11-24", started: 5, escalated: 3, contained: 1 },
      { day: "2026-11-25", started: 1, escalated: 1, contained: 0 },
    ]);
    expect(r.csat.overall).toEqual({ rated: 2, average: 4.5 });
    expect(r.csat.botOnly).toEqual({ rated: 1, average: 5 });
    expect(r.csat.withPerson).toEqual({ rated: 1, average: 4 });
    expect(r.csat.distribution.map((x) => x.count)).toEqual([0, 0, 0, 1, 1]);
    expect(r.csat.comments).toEqual([expect.objectContaining({ rating: 4, comment: "Quick and kind", teamName: "Billing", agentName: "Sam Carter" })]);
    // Booked for the 24th and not worked by the next day: overdue.
    expect(r.callbacks.current).toEqual({ booked: 1, done: 0, missed: 0, overdue: 1, pending: 1 });
    expect(r.repeatEscalation.current).toEqual({ conversations: 1, customers: 1 });

    expect(r.agents).toEqual([
      { id: sam.userId, name: "Sam Carter", handoffs: 1, handled: 1, firstReplyP50: 120, handleP50: 210, resolved: 1, resolutionRate: 1, rated: 1, csat: 4 },
    ]);
    expect(r.teams.map((team) => [team.name, team.handoffs, team.handled, team.resolved, team.rated, team.csat])).toEqual([["Billing", 4, 1, 1, 1, 4]]);

    // The End step's rating wrote its event in the turn, like the form's.
    const rated = await db().event.findMany({ where: { type: "conversation.rated" }, orderBy: { id: "asc" } });
    expect(rated.map((e) => e.data)).toEqual([
      { rating: 5, hasComment: false, source: "end_step" },
      { rating: 4, hasComment: false, source: "end_step" },
      { rating: 4, hasComment: true },
    ]);
    const abandoned = await db().event.findFirstOrThrow({ where: { type: "conversation.abandoned" } });
    expect(abandoned.data).toMatchObject({ waitedSeconds: 121, reason: "explicit_request" });
  });

  it("filters by flow, channel, team and agent; agents see their own teams only; another workspace sees nothing", async () => {
    const { sam, morgan } = await script();
    const flow = await db().flow.findFirstOrThrow({ where: { slug: "acme" } });
    expect((await report(morgan, { ...PERIOD, flowId: flow.id })).kpis.started.current).toBe(6);
    expect((await report(morgan, { ...PERIOD, channel: "widget" })).kpis.started.current).toBe(0);
    expect((await report(morgan, { ...PERIOD, channel: "api" })).kpis.started.current).toBe(6);
    const byAgent = await report(morgan, { ...PERIOD, agentId: sam.userId });
    expect([byAgent.kpis.started.current, byAgent.handoffs.current.handoffs]).toEqual([1, 1]);

    // Sam (Billing) sees Billing's four escalations; Alex (Technical) none; neither may pick another team.
    const bySam = await report(sam);
    expect([bySam.kpis.started.current, bySam.handoffs.current.handoffs]).toEqual([4, 4]);
    const alex = await t.viewer("alex@acme.test");
    expect((await report(alex)).kpis.started.current).toBe(0);
    const billing = await db().team.findFirstOrThrow({ where: { name: "Billing" } });
    await expect(report(alex, { ...PERIOD, teamId: billing.id })).rejects.toThrow(/your own teams/);

    const other = await db().workspace.create({ data: { name: "Other", slug: "other", timeZone: "America/New_York" } });
    const outsider = { workspaceId: other.id, role: "ADMIN" as const, membershipId: "none" };
    const theirs = await report(outsider);
    expect([theirs.kpis.started.current, theirs.handoffs.current.handoffs, theirs.agents.length, theirs.teams.length]).toEqual([0, 0, 0, 0]);
    await expect(report(outsider, { ...PERIOD, flowId: flow.id })).rejects.toThrow(/no flow .* in this workspace/);
  });

  it("an empty period is zeros and nulls, a day per row; bad filters are refused with what to do", async () => {
    const { morgan } = await t.people();
    const empty = await report(morgan, { preset: "custom", from: "2025-01-01", to: "2025-01-07" });
    expect(empty.kpis.started).toEqual({ current: 0, previous: 0, change: null });
    expect(empty.kpis.containmentRate).toEqual({ current: null, previous: null, change: null });
    expect(empty.kpis.waitP50Seconds.current).toBeNull();
    expect(empty.daily).toHaveLength(7);
    expect(empty.daily.every((d) => d.started === 0)).toBe(true);
    expect(empty.csat.overall).toEqual({ rated: 0, average: null });

    await expect(report(morgan, { preset: "custom", from: "2026-11-25", to: "2026-11-24" })).rejects.toThrow(/ends \(2026-11-24\) before it starts/);
    await expect(report(morgan, { preset: "custom", from: "2025-01-01", to: "2026-02-05" })).rejects.toThrow(/at most 400 days; this one has 401/);
    await expect(report(morgan, { ...PERIOD, flowId: "nope" })).rejects.toThrow(/There is no flow nope/);
    await expect(report(morgan, { ...PERIOD, teamId: "nope" })).rejects.toThrow(/There is no team nope/);
  });

  it("the same figures over REST (API token) and tRPC; the CSV lists the period's conversations with outcomes, for admins and an agent's teams", async () => {
    const { morgan, sam } = await script();
    const query = "preset=custom&from=2026-11-24&to=2026-11-25";
    expect((await t.api.json("GET", `/api/v1/analytics/summary?${query}`)).status).toBe(401);
    const { secret: token } = await createApiTokenForAdmin(db(), { email: "admin@acme.test", name: "reports" });
    const summary = await t.api.json<{ kpis: { started: { current: number } }; handoffs: { current: { wait: { p50: number } } } }>(
      "GET",
      `/api/v1/analytics/summary?${query}`,
      { token },
    );
    expect(summary.status).toBe(200);
    expect([summary.body.kpis.started.current, summary.body.handoffs.current.wait.p50]).toEqual([6, 90]);
    const bad = await t.api.json<{ error: { code: string; message: string } }>("GET", "/api/v1/analytics/summary?from=2026-11-25&to=2026-11-24", { token });
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toMatch(/before it starts/);
    expect((await t.api.json("GET", "/api/v1/analytics/summary?channel=fax", { token })).status).toBe(400);

    const viaTrpc = await callTrpc({ db: db(), viewer: morgan }, "analytics.summary", PERIOD, "query");
    expect((viaTrpc.data as { kpis: { started: { current: number } } }).kpis.started.current).toBe(6);
    const alexView = await callTrpc({ db: db(), viewer: await t.viewer("alex@acme.test") }, "analytics.summary", PERIOD, "query");
    expect((alexView.data as { kpis: { started: { current: number } } }).kpis.started.current).toBe(0);

    const csv = await t.api.call("GET", `/api/v1/analytics/conversations.csv?${query}`, { token });
    expect(csv.headers.get("content-type")).toMatch(/text\/csv/);
    const lines = (await csv.text()).trim().split("\n");
    expect(lines[0]).toMatch(/^conversationId,startedAt,channel,flow,flowVersion,status,team,agent,escalated,/);
    expect(lines).toHaveLength(7);
    expect(lines.slice(1).filter((line) => line.includes(",abandoned,"))).toHaveLength(1);
    expect(lines.find((line) => line.includes("Quick and kind"))).toMatch(/,Sam Carter,true,1,button,.*,90,120,210,resolved,false,false,,4,Quick and kind,/);

    const agentCsv = await t.api.call("GET", `/api/analytics/conversations.csv?${query}`, { headers: { cookie: await sessionCookie(sam.userId) } });
    expect(agentCsv.status).toBe(200);
    expect((await agentCsv.text()).trim().split("\n")).toHaveLength(5); // Billing's four
  });
});
