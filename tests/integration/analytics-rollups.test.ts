import { describe, expect, it } from "vitest";
import { seedDemoWorkspace } from "@/prisma/seed";
import { analyticsFilterSchema, type AnalyticsFilter } from "@/server/analytics/analytics-schemas";
import { loadAnalytics } from "@/server/analytics/load-analytics";
import { rollUpAnalytics } from "@/server/analytics/roll-up-analytics";
import { setupTestDatabase } from "../helpers/test-database";

const test = setupTestDatabase();
const NOW = new Date("2026-11-30T12:00:00Z");
const CHANNELS = ["WEB", "WIDGET", "API"] as const;
const STATUSES = ["RESOLVED", "BOT", "ABANDONED", "RESOLVED", "QUEUED"] as const;

/** Conversations every 5 h 10 min over 20 days (so around UTC and New York midnights), some escalated, some rated, one preview a day. */
async function script() {
  await seedDemoWorkspace(test.db);
  const workspace = await test.db.workspace.update({ where: { slug: "acme" }, data: { timeZone: "America/New_York" } });
  const flow = await test.db.flow.findFirstOrThrow({ where: { slug: "acme" } });
  const admin = await test.db.user.findFirstOrThrow({ where: { email: "sam@acme.test" } });
  const ids: { id: string; createdAt: Date }[] = [];
  for (let i = 0; i < 92; i++) {
    const createdAt = new Date(NOW.getTime() - 20 * 86_400_000 + i * 310 * 60_000);
    const conversation = await test.db.conversation.create({
      data: {
        workspaceId: workspace.id,
        flowId: flow.id,
        flowVersionId: flow.publishedVersionId!,
        customerTokenHash: `rollup-${i}`,
        channel: i % 11 === 0 ? "PREVIEW" : CHANNELS[i % 3]!,
        status: STATUSES[i % 5]!,
        rating: i % 4 === 0 ? 1 + (i % 5) : null,
        ratingComment: i % 8 === 0 ? `comment ${i}` : null,
        createdAt,
      },
    });
    ids.push({ id: conversation.id, createdAt });
    if (i % 5 === 2) {
      await test.db.callback.create({
        data: {
          workspaceId: workspace.id,
          conversationId: conversation.id,
          phone: "+442079460000",
          dueAt: new Date(createdAt.getTime() + 86_400_000),
          status: (["PENDING", "DONE", "MISSED"] as const)[i % 3]!,
          createdAt: new Date(createdAt.getTime() + 120_000),
        },
      });
    }
    if (i % 3 === 1) {
      const requestedAt = new Date(createdAt.getTime() + 60_000);
      await test.db.handoff.create({
        data: {
          workspaceId: workspace.id,
          conversationId: conversation.id,
          kind: "WARM",
          reason: i % 2 === 0 ? "button" : "sentiment",
          nodeId: i % 4 === 1 ? null : `handoff-${i % 3}`,
          requestedAt,
          ...(i % 2 === 0 ? { acceptedAt: new Date(requestedAt.getTime() + 30_000), acceptedById: admin.id } : {}),
          // Some found no agent (a closed team): ended at once, never accepted.
          ...(i % 4 === 3 ? { outcome: "NO_AGENT" as const, resolvedAt: requestedAt } : {}),
        },
      });
    }
  }
  return { workspace, flow, admin, ids };
}

describe("analytics rollups", () => {
  it("rollup-backed figures equal the live ones, and a late rating, handoff or callback outcome on a rolled-up day is counted", async () => {
    const { workspace, flow, admin, ids } = await script();
    const reader = { workspaceId: workspace.id, role: "ADMIN" as const, membershipId: null };
    const filters: Partial<AnalyticsFilter>[] = [
      { preset: "7d" },
      { preset: "30d" },
      { preset: "custom", from: "2026-11-15", to: "2026-11-23" },
      { preset: "7d", channel: "web" },
    ];
    const reports = () => Promise.all(filters.map((filter) => loadAnalytics(test.db, reader, analyticsFilterSchema.parse(filter), NOW)));

    const live = await reports();
    expect(live[1]!.kpis.started.current).toBeGreaterThan(50);
    expect(live[1]!.handoffs.current.noAgent.total).toBeGreaterThan(0);
    expect(await rollUpAnalytics(test.db, NOW, 100)).toBe(20);
    expect(await test.db.analyticsRollupDay.count({ where: { rolledAt: { not: null } } })).toBe(20);
    expect(await test.db.analyticsRollup.count()).toBeGreaterThan(50);
    expect(await test.db.analyticsHandoffReasonRollup.count()).toBeGreaterThan(10);
    expect(await reports()).toEqual(live);
    // Nothing left to do: today is not closed.
    expect(await rollUpAnalytics(test.db, NOW, 100)).toBe(0);

    // Days later: a rating and a handoff on conversations of rolled-up days mark those days dirty, read live until redone.
    const rated = ids.find((c, i) => i % 4 === 1 && i % 11 !== 0 && c.createdAt < new Date("2026-11-27T00:00:00Z"))!;
    await test.db.conversation.update({ where: { id: rated.id }, data: { rating: 5 } });
    const escalated = ids.find((c, i) => i % 3 === 0 && i % 11 !== 0 && c.createdAt > new Date("2026-11-25T00:00:00Z"))!;
    await test.db.handoff.create({
      data: {
        workspaceId: workspace.id,
        conversationId: escalated.id,
        kind: "WARM",
        reason: "button",
        requestedAt: NOW,
        acceptedAt: NOW,
        acceptedById: admin.id,
      },
    });
    const pending = await test.db.callback.findFirstOrThrow({ where: { status: "PENDING", createdAt: { lt: new Date("2026-11-20T00:00:00Z") } } });
    await test.db.callback.update({ where: { id: pending.id }, data: { status: "DONE" } });
    expect(await test.db.analyticsRollupDirty.count()).toBe(3);
    const afterLate = await reports();
    expect(afterLate[1]!.kpis.csat).not.toEqual(live[1]!.kpis.csat);
    expect(afterLate[1]!.kpis.escalated.current).toBe(live[1]!.kpis.escalated.current! + 1);
    expect(afterLate[1]!.callbacks.current.done).toBe(live[1]!.callbacks.current.done + 1);
    expect(live[1]!.callbacks.current.overdue).toBeGreaterThan(0);
    expect(live[1]!.csat.comments.length).toBeGreaterThan(0);

    expect(await rollUpAnalytics(test.db, NOW, 100)).toBe(3);
    expect(await test.db.analyticsRollupDirty.count()).toBe(0);
    expect(await reports()).toEqual(afterLate);

    // The same figures with no rollups at all.
    await test.db.analyticsRollupDay.deleteMany();
    expect(await reports()).toEqual(afterLate);
    expect(flow.id).toBeTruthy();
  });
});
