import { describe, expect, it } from "vitest";
import { seedDemoWorkspace } from "@/prisma/seed";
import { analyticsFilterSchema, type AnalyticsFilter } from "@/server/analytics/analytics-schemas";
import { loadAnalytics } from "@/server/analytics/load-analytics";
import { rollUpAnalytics } from "@/server/analytics/roll-up-analytics";
import { setupTestDatabase } from "../helpers/test-database";

const test = setupTestDatabase();
const NOW = new Date("2026-11-30T12:00:00Z");
const CHANNELS = ["WEB", "WIDGET", "API"] as const;
const OUTCOMES = [null, "RESOLVED", "HANDED_BACK", "TRANSFERRED", "RESOLVED", "ABANDONED", "RESOLVED"] as const;
const at = (ms: number) => new Date(ms);

/**
 * Escalated conversations every 4 h 47 min over 20 days (so around UTC and New York midnights): waits, first replies and
 * handle times to the millisecond (many distinct values, some repeated), two teams, two agents, outcomes, ratings, customers
 * who come back within 7 days, and handoffs that found no agent followed by a callback, a message, a follow-up or nothing.
 */
async function script(timeZone = "America/New_York") {
  await seedDemoWorkspace(test.db);
  const workspace = await test.db.workspace.update({ where: { slug: "acme" }, data: { timeZone } });
  const flow = await test.db.flow.findFirstOrThrow({ where: { slug: "acme" } });
  const teams = await test.db.team.findMany({ where: { workspaceId: workspace.id }, orderBy: { name: "asc" } });
  const agents = await test.db.user.findMany({ where: { email: { in: ["sam@acme.test", "alex@acme.test"] } }, orderBy: { email: "asc" } });
  const rows: { id: string; createdAt: Date; handoffId: string; noAgent: boolean }[] = [];
  for (let i = 0; i < 100; i++) {
    const createdAt = at(NOW.getTime() - 20 * 86_400_000 + i * 287 * 60_000);
    const conversation = await test.db.conversation.create({
      data: {
        workspaceId: workspace.id,
        flowId: flow.id,
        flowVersionId: flow.publishedVersionId!,
        customerTokenHash: `handoff-rollup-${i}`,
        // Some routed to a team none of their handoffs went to: a team filter counts the conversation for both.
        teamId: i % 11 === 4 ? teams[0]!.id : null,
        customerEmail: i % 3 === 0 ? ` Customer${i % 7}@Example.test ` : null,
        variables: i % 3 === 1 ? { email: `customer${i % 5}@example.test` } : {},
        channel: CHANNELS[i % 3]!,
        status: i % 4 === 0 ? "RESOLVED" : "ABANDONED",
        rating: i % 3 === 2 ? null : 1 + (i % 5),
        createdAt,
      },
    });
    const requestedAt = createdAt.getTime() + 61_123 + (i % 9) * 1_000;
    const noAgent = i % 8 === 5;
    const accepted = !noAgent && i % 5 !== 3;
    // Waits repeat every 6 conversations (equal values must count as many rows), the rest vary to the millisecond.
    const wait = i % 6 === 0 ? 45_000 : ((i * 37_517) % 4_000_000) + 1;
    const outcome = noAgent ? "NO_AGENT" : OUTCOMES[i % OUTCOMES.length]!;
    const handoff = await test.db.handoff.create({
      data: {
        workspaceId: workspace.id,
        conversationId: conversation.id,
        kind: "WARM",
        reason: (["button", "sentiment", "explicit_request", "flow"] as const)[i % 4]!,
        nodeId: `handoff-${i % 3}`,
        teamId: i % 7 === 6 ? null : teams[i % 2]!.id,
        requestedAt: at(requestedAt),
        ...(accepted
          ? {
              acceptedAt: at(requestedAt + wait),
              acceptedById: agents[i % 3 === 0 ? 0 : 1]!.id,
              firstReplyAt: i % 4 === 1 ? null : at(requestedAt + wait + ((i * 7_919) % 900_000)),
              resolvedAt: outcome ? at(requestedAt + wait + 60_000 + ((i * 104_729) % 3_000_000)) : null,
            }
          : {}),
        ...(noAgent ? { resolvedAt: at(requestedAt) } : {}),
        outcome: accepted || noAgent ? outcome : i % 2 === 0 ? "ABANDONED" : null,
      },
    });
    // A second handoff for some: transferred to the other team, accepted by the other agent.
    if (accepted && i % 5 === 1) {
      await test.db.handoff.create({
        data: {
          workspaceId: workspace.id,
          conversationId: conversation.id,
          kind: "WARM",
          reason: "transfer",
          teamId: teams[(i + 1) % 2]!.id,
          requestedAt: at(requestedAt + wait + 120_000),
          acceptedAt: at(requestedAt + wait + 180_500),
          acceptedById: agents[i % 3 === 0 ? 1 : 0]!.id,
          firstReplyAt: at(requestedAt + wait + 200_250),
          resolvedAt: at(requestedAt + wait + 900_000),
          outcome: "RESOLVED",
        },
      });
    }
    if (noAgent && i % 3 === 0) {
      await test.db.callback.create({
        data: {
          workspaceId: workspace.id,
          conversationId: conversation.id,
          phone: "+442079460000",
          dueAt: at(requestedAt + 86_400_000),
          createdAt: at(requestedAt + 5_000),
        },
      });
    } else if (noAgent && i % 3 === 1) {
      await test.db.message.create({
        data: { conversationId: conversation.id, seq: 1, author: "CUSTOMER", text: "still there?", createdAt: at(requestedAt + 30_000) },
      });
    }
    rows.push({ id: conversation.id, createdAt, handoffId: handoff.id, noAgent });
  }
  return { workspace, flow, teams, agents, rows };
}

const FILTERS: Partial<AnalyticsFilter>[] = [
  { preset: "7d" },
  { preset: "30d" },
  { preset: "custom", from: "2026-11-15", to: "2026-11-23" },
  { preset: "custom", from: "2026-11-20", to: "2026-11-20" },
  { preset: "7d", channel: "widget" },
];

describe("handoff rollups", () => {
  it("give the live handoff figures, tables and repeat escalations exactly, and a late change to a rolled-up day is rolled again", async () => {
    const { workspace, flow, teams, agents, rows } = await script();
    const reader = { workspaceId: workspace.id, role: "ADMIN" as const, membershipId: null };
    const filters = [
      ...FILTERS,
      // Team and agent filters: conversation figures, series, CSAT and callbacks from the member rollups, the rest live.
      { preset: "30d" as const, teamId: teams[0]!.id },
      { preset: "7d" as const, teamId: teams[1]!.id },
      { preset: "30d" as const, agentId: agents[1]!.id },
      { preset: "custom" as const, from: "2026-11-15", to: "2026-11-23", teamId: teams[1]!.id, agentId: agents[0]!.id, channel: "widget" as const },
      { preset: "30d" as const, flowId: flow.id },
      // Repeat escalations under a channel or version filter count only earlier escalations the filter sees (customers
      // here escalate on the web and in the widget).
      { preset: "30d" as const, channel: "web" as const },
      { preset: "30d" as const, flowId: flow.id, flowVersionId: flow.publishedVersionId!, channel: "widget" as const },
    ];
    const reports = () => Promise.all(filters.map((filter) => loadAnalytics(test.db, reader, analyticsFilterSchema.parse(filter), NOW)));
    const live = await reports();
    // The script reaches every kind of figure.
    const month = live[1]!;
    expect(month.handoffs.current.wait.p50).not.toBeNull();
    expect(month.handoffs.current.firstReply.p90).not.toBeNull();
    expect(month.handoffs.current.handle.average).not.toBeNull();
    expect(month.handoffs.current.noAgent).toMatchObject({ callbackBooked: expect.any(Number), messageLeft: expect.any(Number) });
    expect(month.handoffs.current.noAgent.callbackBooked * month.handoffs.current.noAgent.messageLeft).toBeGreaterThan(0);
    expect(month.repeatEscalation.current.conversations).toBeGreaterThan(0);
    const [web, widget] = [live.at(-2)!, live.at(-1)!];
    expect(web.repeatEscalation.current.conversations * widget.repeatEscalation.current.conversations).toBeGreaterThan(0);
    expect(web.repeatEscalation.current.conversations + widget.repeatEscalation.current.conversations).toBeLessThan(
      month.repeatEscalation.current.conversations,
    );
    expect(month.agents.length).toBe(2);
    expect(month.agents.every((agent) => agent.rated > 0 && agent.firstReplyP50 !== null && agent.handleP50 !== null)).toBe(true);
    expect(month.teams.length).toBe(2);

    expect(await rollUpAnalytics(test.db, NOW, 100)).toBe(20);
    expect(await test.db.analyticsHandoffFigureRollup.count()).toBeGreaterThan(20);
    expect(await test.db.analyticsHandoffValueRollup.count({ where: { metric: "wait" } })).toBeGreaterThan(20);
    expect(await test.db.analyticsEscalationRollup.count()).toBeGreaterThan(20);
    const [members] = await test.db.$queryRawUnsafe<{ n: number }[]>(`SELECT count(*)::int AS "n" FROM "AnalyticsMemberRollup"`);
    expect(members!.n).toBeGreaterThan(20);
    expect(await reports()).toEqual(live);

    // Later changes on rolled-up days: an accept time (the wait), a customer's message after "no agent", a follow-up request,
    // a customer e-mail collected by the flow (a repeat escalation). Each marks its day dirty; figures stay live-exact.
    const days = new Set<string>();
    const mark = (createdAt: Date) => days.add(createdAt.toISOString().slice(0, 10));
    const accepted = await test.db.handoff.findFirstOrThrow({
      where: { acceptedAt: { not: null }, conversation: { createdAt: { lt: new Date("2026-11-22T00:00:00Z") } } },
      include: { conversation: true },
    });
    await test.db.handoff.update({ where: { id: accepted.id }, data: { acceptedAt: new Date(accepted.acceptedAt!.getTime() + 1_234_567) } });
    mark(accepted.conversation.createdAt);
    const gaveUp = rows.filter((row) => row.noAgent && row.createdAt < new Date("2026-11-29T00:00:00Z"));
    const quiet = [];
    for (const row of gaveUp)
      if (
        (await test.db.message.count({ where: { conversationId: row.id } })) === 0 &&
        (await test.db.callback.count({ where: { conversationId: row.id } })) === 0
      )
        quiet.push(row);
    expect(quiet.length).toBeGreaterThanOrEqual(2);
    await test.db.message.create({ data: { conversationId: quiet[0]!.id, seq: 1, author: "CUSTOMER", text: "hello?", createdAt: NOW } });
    mark(quiet[0]!.createdAt);
    await test.db.event.create({ data: { workspaceId: workspace.id, conversationId: quiet[1]!.id, type: "follow_up_requested", createdAt: NOW } });
    mark(quiet[1]!.createdAt);
    const anonymous = await test.db.conversation.findFirstOrThrow({
      where: { customerEmail: null, variables: { equals: {} }, createdAt: { gt: new Date("2026-11-24T00:00:00Z"), lt: new Date("2026-11-29T00:00:00Z") } },
    });
    await test.db.conversation.update({ where: { id: anonymous.id }, data: { variables: { email: "customer1@example.test" } } });
    mark(anonymous.createdAt);
    // Routed to another team later: the conversation's day is redone (team filters count it).
    const routed = await test.db.conversation.findFirstOrThrow({
      where: {
        teamId: null,
        handoffs: { none: { teamId: teams[0]!.id } },
        createdAt: { gt: new Date("2026-11-15T00:00:00Z"), lt: new Date("2026-11-22T00:00:00Z") },
      },
    });
    await test.db.conversation.update({ where: { id: routed.id }, data: { teamId: teams[0]!.id } });
    mark(routed.createdAt);
    // A bot message and an event of another type mark nothing.
    await test.db.message.create({ data: { conversationId: quiet[2]?.id ?? quiet[0]!.id, seq: 9, author: "BOT", text: "…", createdAt: NOW } });
    await test.db.event.create({ data: { workspaceId: workspace.id, conversationId: quiet[0]!.id, type: "node_visit", createdAt: NOW } });
    // Each changed conversation's day, and the days of its customer's later escalations (their repeats may change).
    const dirty = new Set((await test.db.analyticsRollupDirty.findMany()).map((row) => row.day.toISOString().slice(0, 10)));
    expect([...days].filter((day) => !dirty.has(day))).toEqual([]);

    const afterLate = await reports();
    expect(afterLate[1]!.handoffs.current.noAgent.messageLeft).toBe(month.handoffs.current.noAgent.messageLeft + 2);
    expect(afterLate[1]!.repeatEscalation.current.conversations).not.toBe(month.repeatEscalation.current.conversations);
    // The team filters saw conversations of both kinds (routed to the team only, handed off to it), the member rollups rows.
    expect(live[FILTERS.length]!.kpis.started.current).toBeGreaterThan(0);
    expect(afterLate[FILTERS.length]!.kpis.started.current).toBe(live[FILTERS.length]!.kpis.started.current! + 1);
    await test.db.analyticsRollupDay.updateMany({ data: { rolledAt: null } });
    expect(await reports()).toEqual(afterLate); // nothing rolled up: all live
    await test.db.analyticsRollupDay.deleteMany();
    await test.db.analyticsRollupDirty.deleteMany();
    expect(await rollUpAnalytics(test.db, NOW, 100)).toBe(20);
    expect(await reports()).toEqual(afterLate);
    expect(agents.length).toBe(2);
  });

  it("reads a UTC day split by the workspace's midnight live: a handoff at 23:30 in New York is the previous period's", async () => {
    const { workspace, flow, teams } = await (async () => {
      await seedDemoWorkspace(test.db);
      const w = await test.db.workspace.update({ where: { slug: "acme" }, data: { timeZone: "America/New_York" } });
      return {
        workspace: w,
        flow: await test.db.flow.findFirstOrThrow({ where: { slug: "acme" } }),
        teams: await test.db.team.findMany({ where: { workspaceId: w.id } }),
      };
    })();
    const agent = await test.db.user.findFirstOrThrow({ where: { email: "sam@acme.test" } });
    // 23 Nov 04:30 UTC is 22 Nov 23:30 in New York; 05:30 UTC is 23 Nov 00:30. Waits 10 s and 100 s.
    for (const [start, wait] of [
      ["2026-11-23T04:30:00Z", 10_000],
      ["2026-11-23T05:30:00Z", 100_000],
      ["2026-11-24T12:00:00Z", 200_000],
    ] as const) {
      const createdAt = new Date(start);
      const c = await test.db.conversation.create({
        data: {
          workspaceId: workspace.id,
          flowId: flow.id,
          flowVersionId: flow.publishedVersionId!,
          customerTokenHash: start,
          channel: "WEB",
          status: "RESOLVED",
          createdAt,
        },
      });
      await test.db.handoff.create({
        data: {
          workspaceId: workspace.id,
          conversationId: c.id,
          kind: "WARM",
          reason: "button",
          teamId: teams[0]!.id,
          requestedAt: createdAt,
          acceptedAt: new Date(createdAt.getTime() + wait),
          acceptedById: agent.id,
        },
      });
    }
    const reader = { workspaceId: workspace.id, role: "ADMIN" as const, membershipId: null };
    const filter = analyticsFilterSchema.parse({ preset: "custom", from: "2026-11-23", to: "2026-11-24" });
    const before = await loadAnalytics(test.db, reader, filter, NOW);
    expect(before.handoffs.current.wait).toMatchObject({ p50: 150, p90: 190 });
    expect(before.handoffs.previous).toMatchObject({ handoffs: 1, wait: { p50: 10, p90: 10 } });
    expect(await rollUpAnalytics(test.db, NOW, 100)).toBe(7); // 23–29 November (UTC)
    // 24 November (UTC) lies wholly in the period and comes from the rollups; 23 November is split at 05:00 and is read live.
    expect(
      await test.db.analyticsHandoffValueRollup.findMany({ where: { metric: "wait" }, select: { day: true, value: true }, orderBy: { value: "asc" } }),
    ).toEqual([
      { day: new Date("2026-11-23T00:00:00Z"), value: 10 },
      { day: new Date("2026-11-23T00:00:00Z"), value: 100 },
      { day: new Date("2026-11-24T00:00:00Z"), value: 200 },
    ]);
    expect(await loadAnalytics(test.db, reader, filter, NOW)).toEqual(before);
  });
  it("read whole weeks from merged value counts when a period holds them, and never a week across the periods' start", async () => {
    // London is UTC in November: the periods split at UTC midnights, so whole weeks (Monday 16 and 23 November) fall inside them.
    const { workspace, flow } = await script("Europe/London");
    const reader = { workspaceId: workspace.id, role: "ADMIN" as const, membershipId: null };
    const filters: Partial<AnalyticsFilter>[] = [
      { preset: "7d" }, // current 24–30, previous 17–23 November: both weeks cross a period's start
      { preset: "custom", from: "2026-11-16", to: "2026-11-29" }, // both weeks in the current period
      { preset: "custom", from: "2026-11-23", to: "2026-11-29" }, // one week in each period
      { preset: "30d", flowId: flow.id },
      { preset: "custom", from: "2026-11-16", to: "2026-11-29", channel: "widget" },
      // previous 23–29 November from a Monday: the week before it (16–22, read only for repeat escalations) is no period's
      { preset: "custom", from: "2026-11-30", to: "2026-12-06" },
    ];
    const reports = () => Promise.all(filters.map((filter) => loadAnalytics(test.db, reader, analyticsFilterSchema.parse(filter), NOW)));
    const live = await reports();
    expect(live[1]!.handoffs.current.wait.p90).not.toBeNull();
    expect(live[2]!.handoffs.previous.firstReply.p50).not.toBeNull();
    expect(await rollUpAnalytics(test.db, NOW, 100)).toBe(20);
    const spans = await test.db.analyticsRollupSpan.findMany({ orderBy: { day: "asc" }, select: { day: true, days: true } });
    expect(spans).toEqual([
      { day: new Date("2026-11-16T00:00:00Z"), days: 7 },
      { day: new Date("2026-11-23T00:00:00Z"), days: 7 },
    ]);
    expect(await reports()).toEqual(live);

    // The week periods read the merged counts alone: without the days' value counts of those weeks they are unchanged.
    const weeks = { gte: new Date("2026-11-16T00:00:00Z"), lt: new Date("2026-11-30T00:00:00Z") };
    const saved = await test.db.analyticsHandoffValueRollup.findMany({ where: { day: weeks, metric: { in: ["wait", "firstReply", "handle"] } } });
    await test.db.analyticsHandoffValueRollup.deleteMany({ where: { day: weeks, metric: { in: ["wait", "firstReply", "handle"] } } });
    const weekly = [1, 2, 4];
    const without = await Promise.all(weekly.map((i) => loadAnalytics(test.db, reader, analyticsFilterSchema.parse(filters[i]!), NOW)));
    expect(without).toEqual(weekly.map((i) => live[i]));
    await test.db.analyticsHandoffValueRollup.createMany({ data: saved });

    // A late change on a day of a week: the week is not read while the day is dirty; rolling the day again drops the week,
    // and the sweep merges it again.
    const handoff = await test.db.handoff.findFirstOrThrow({
      where: { acceptedAt: { not: null }, conversation: { createdAt: { gte: new Date("2026-11-18T00:00:00Z"), lt: new Date("2026-11-19T00:00:00Z") } } },
    });
    await test.db.handoff.update({ where: { id: handoff.id }, data: { acceptedAt: new Date(handoff.acceptedAt!.getTime() + 777_777) } });
    await test.db.analyticsRollupDay.updateMany({ data: { rolledAt: null } });
    const changed = await reports();
    expect(changed[1]!.handoffs.current.wait).not.toEqual(live[1]!.handoffs.current.wait);
    await test.db.analyticsRollupDay.updateMany({ data: { rolledAt: NOW } });
    expect(await reports()).toEqual(changed); // 18 November is dirty: its week is read day by day, the day live
    expect(await rollUpAnalytics(test.db, NOW, 100)).toBeGreaterThan(0); // the day and its customers' later days
    expect(await test.db.analyticsRollupSpan.count()).toBe(2);
    expect(await test.db.analyticsRollupDirty.count()).toBe(0);
    expect(await reports()).toEqual(changed);
  });
});
