import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDemoWorkspace } from "@/prisma/seed";
import { analyticsFilterSchema } from "@/server/analytics/analytics-schemas";
import { loadFlowOverlay } from "@/server/analytics/flow-overlay/load-flow-overlay";
import { loadAnalytics, type AnalyticsReport } from "@/server/analytics/load-analytics";
import { listUnrecognised } from "@/server/analytics/unrecognised/list-unrecognised";
import type { Database } from "@/server/db/connect-database";
import { prepareDatabase } from "@/server/db/prepare-database";
import { seedDemoHistory } from "@/server/demo/seed-demo-history";
import { createTestDatabase } from "../helpers/test-database";

/** The demo month ends here (a Sunday, 12:00 London); the history stops an hour before. */
const NOW = new Date("2026-12-06T12:00:00Z");

/**
 * The demo workspace's 30 days of conversations, played through the real chat, inbox and sweep services: what the
 * analytics module itself then reports about them. One history for the file (it takes seconds to play).
 */
describe("demo history", () => {
  let database: Database;
  let seeded: Awaited<ReturnType<typeof seedDemoHistory>>;
  let report: AnalyticsReport;
  let workspaceId: string;

  beforeAll(async () => {
    database = await createTestDatabase();
    await seedDemoWorkspace(database.prisma);
    seeded = await seedDemoHistory(database.prisma, { now: NOW });
    workspaceId = seeded.workspaceId;
    // The whole month and the day before it, as an admin sees it on /analytics.
    report = await loadAnalytics(
      database.prisma,
      { workspaceId, role: "ADMIN", membershipId: null },
      analyticsFilterSchema.parse({ preset: "custom", from: "2026-11-05", to: "2026-12-06" }),
      NOW,
    );
  }, 120_000);
  afterAll(async () => {
    await database?.close();
  });

  it("counts the conversations it played, with containment and escalation in a support team's ranges", () => {
    expect(seeded.conversations).toBeGreaterThanOrEqual(200);
    expect(seeded.conversations).toBeLessThanOrEqual(400);
    expect(report.kpis.started.current).toBe(seeded.conversations);
    const containment = report.kpis.containmentRate.current!;
    const escalation = report.kpis.escalationRate.current!;
    expect(containment).toBeGreaterThan(0.2);
    expect(containment).toBeLessThan(0.7);
    expect(escalation).toBeGreaterThan(0.25);
    expect(escalation).toBeLessThan(0.7);
    expect(containment + escalation).toBeLessThanOrEqual(1);
    // Every day of the month had conversations.
    expect(report.daily.filter((day) => day.started > 0).length).toBeGreaterThanOrEqual(29);
  });

  it("has handoffs of every reason the script causes, accepted after waits under the teams' 3 minutes, some abandoned, some after hours", () => {
    const byReason = new Map(report.reasons.map((row) => [row.reason, row.current]));
    for (const reason of ["explicit_request", "button", "sentiment", "topic_rule", "repeated", "flow"]) {
      expect(byReason.get(reason as never), reason).toBeGreaterThan(0);
    }
    const handoffs = report.handoffs.current;
    expect(handoffs.accepted).toBeGreaterThan(30);
    expect(handoffs.wait.p50).toBeGreaterThan(10);
    expect(handoffs.wait.p90).toBeLessThanOrEqual(180);
    expect(handoffs.abandoned).toBeGreaterThan(0);
    expect(handoffs.noAgent.callbackBooked).toBeGreaterThan(0);
    expect(handoffs.noAgent.total).toBeLessThan(handoffs.handoffs);
    expect(handoffs.handedBack).toBeGreaterThan(0);
    expect(report.kpis.firstReplyP50Seconds.current).toBeGreaterThan(0);
    expect(report.callbacks.current.done).toBeGreaterThan(0);
    expect(report.agents.map((agent) => agent.name).sort()).toEqual(["Alex Kim", "Sam Carter"]);
  });

  it("has ratings with comments, better for the bot's own successes than for no-agent evenings, and customers who came back", () => {
    expect(report.csat.overall.rated).toBeGreaterThan(40);
    expect(report.csat.overall.average).toBeGreaterThan(3);
    expect(report.csat.overall.average).toBeLessThan(5);
    expect(report.csat.withPerson.rated).toBeGreaterThan(0);
    expect(report.csat.comments.length).toBeGreaterThan(3);
    expect(report.kpis.repeatEscalations.current).toBeGreaterThan(0);
  });

  it("measures most of the flow's steps on the canvas and groups what the bot did not understand", async () => {
    const flow = await database.prisma.flow.findFirstOrThrow({ where: { workspaceId, slug: "acme" } });
    const overlay = await loadFlowOverlay(database.prisma, workspaceId, { flowId: flow.id, days: 30 }, NOW);
    const nodes = overlay.metrics!.nodes;
    const visited = nodes.filter((node) => node.visits > 0);
    expect(visited.length / nodes.length).toBeGreaterThanOrEqual(0.8);
    const unrecognised = await listUnrecognised(database.prisma, workspaceId, { days: 30 }, NOW);
    expect(unrecognised.groups.length).toBeGreaterThan(3);
    expect(Math.max(...unrecognised.groups.map((group) => group.count))).toBeGreaterThan(1);
    expect(await database.prisma.contact.count({ where: { workspaceId } })).toBeGreaterThan(8);
  });

  it("is refused a second time (the demo has conversations) and writes nothing", async () => {
    const before = await database.prisma.conversation.count();
    await expect(seedDemoHistory(database.prisma, { now: NOW })).rejects.toThrow(/already has \d+ conversation/);
    expect(await database.prisma.conversation.count()).toBe(before);
  });

  it("is refused where there is no demo workspace, writing nothing", async () => {
    const other = await createTestDatabase();
    try {
      await expect(seedDemoHistory(other.prisma, { now: NOW })).rejects.toThrow(/no demo workspace "Acme Support"/);
      expect(await other.prisma.conversation.count()).toBe(0);
    } finally {
      await other.close();
    }
  });
});

describe("a fresh embedded database's first start", () => {
  it("seeds the demo without conversations when TANDEM_SEED_HISTORY is off (npm start, the e2e tests), and says nothing of a history", async () => {
    const lines: string[] = [];
    const database = await prepareDatabase(
      { kind: "pglite", dataDir: "memory://" },
      { seedDemoWhenEmpty: true, seedHistoryWithDemo: false, log: (line) => lines.push(line) },
    );
    try {
      expect(await database.prisma.workspace.count({ where: { slug: "acme" } })).toBe(1);
      expect(await database.prisma.conversation.count()).toBe(0);
      expect(lines.join("\n")).not.toMatch(/demo conversations/);
    } finally {
      await database.close();
    }
  });
});
