import { describe, expect, it } from "vitest";
import { loadFlowOverlay } from "@/server/analytics/flow-overlay/load-flow-overlay";
import { OFFICE_HOURS, setupApi } from "../helpers/api-harness";

const api = setupApi();
type Started = { sessionId: string; token: string };

async function start(): Promise<Started> {
  return (await api.json<Started>("POST", "/api/v1/chat/acme/sessions")).body;
}
async function say(session: Started, text: string, id: string) {
  const response = await api.json("POST", `/api/v1/chat/sessions/${session.sessionId}/messages`, { token: session.token, body: { clientMessageId: id, text } });
  expect(response.status).toBe(200);
  return response.body;
}
async function acme() {
  const flow = await api.test.db.flow.findUniqueOrThrow({ where: { slug: "acme" }, select: { id: true, workspaceId: true, publishedVersionId: true } });
  return flow;
}

/** Three scripted conversations on the demo flow: bot-resolved, left after a message the bot did not understand, escalated by the button. */
async function script() {
  await api.test.db.membership.updateMany({ where: { user: { email: "sam@acme.test" } }, data: { presence: "ONLINE" } });
  const resolved = await start();
  await say(resolved, "where is my order", "a1");
  await say(resolved, "yes", "a2");
  const left = await start();
  await say(left, "blorp zing", "b1");
  const escalated = await start();
  expect((await api.json("POST", `/api/v1/chat/sessions/${escalated.sessionId}/handoff`, { token: escalated.token })).status).toBe(200);
}

const edge = (overlay: Awaited<ReturnType<typeof loadFlowOverlay>>, id: string) => overlay.metrics!.edges.find((e) => e.edgeId === id)!;
const node = (overlay: Awaited<ReturnType<typeof loadFlowOverlay>>, id: string) => overlay.metrics!.nodes.find((n) => n.nodeId === id)!;

describe("canvas overlay (aggregate SQL over the event log)", () => {
  it("counts visits, exits, escalations and where conversations ended without a person, exactly", async () => {
    await script();
    const flow = await acme();
    const overlay = await loadFlowOverlay(api.test.db, flow.workspaceId, { flowId: flow.id, days: 7 }, new Date(OFFICE_HOURS.getTime() + 3_600_000));
    expect(overlay.version?.id).toBe(flow.publishedVersionId);
    const metrics = overlay.metrics!;
    expect(metrics.conversations).toBe(3);
    expect([node(overlay, "start").visits, node(overlay, "greet").visits, node(overlay, "understand").visits]).toEqual([3, 3, 3]);
    expect(node(overlay, "understand").conversations).toBe(3);
    expect(metrics.maxVisits).toBe(3);
    expect(node(overlay, "start").heat).toBe(5);

    expect(edge(overlay, "start-next")).toMatchObject({ count: 3, share: 1, derived: 0 });
    expect(edge(overlay, "understand-order_status")).toMatchObject({ count: 1, share: 0.5 });
    expect(edge(overlay, "understand-low_confidence")).toMatchObject({ count: 1, share: 0.5 });
    expect(edge(overlay, "understand-refund").count).toBe(0);
    expect(node(overlay, "understand").departures).toBe(2);
    expect(edge(overlay, "self_service-resolved")).toMatchObject({ count: 1, share: 1 });

    expect(node(overlay, "understand")).toMatchObject({ escalations: 1, escalationsByReason: [{ reason: "button", count: 1 }] });
    expect(node(overlay, "self_service").escalations).toBe(0);
    // "blorp zing" was not understood at the Understand step.
    expect([node(overlay, "understand").unrecognised, node(overlay, "rephrase").unrecognised]).toEqual([1, 0]);
    // The button jumped to Route: a visit without an exit.
    expect(node(overlay, "route").visits).toBe(1);
    expect(
      metrics.edges
        .filter((e) => e.source === "understand" && e.sourceHandle !== "order_status" && e.sourceHandle !== "low_confidence")
        .every((e) => e.count === 0),
    ).toBe(true);

    expect(node(overlay, "end")).toMatchObject({ visits: 1, completed: 1, left: 0 });
    expect(node(overlay, "rephrase")).toMatchObject({ visits: 1, completed: 0, left: 1 });
    // The escalated conversation had a person: it ended nowhere on the bot's side.
    expect(metrics.nodes.reduce((sum, n) => sum + n.completed + n.left, 0)).toBe(2);
  });

  it("after hours, an escalation that found no agent is counted where it started, and its conversation where it ended", async () => {
    // Monday 23 Nov, 19:00 London: Billing (09:00–17:00) is closed.
    api.clock.now = new Date("2026-11-23T19:00:00Z");
    const flowPath = await start();
    // No article matches: Route → Billing, closed → the callback offer; then silence.
    expect(await say(flowPath, "I was charged twice for my order", "f1")).toMatchObject({ status: "bot" });
    const button = await start();
    expect((await api.json("POST", `/api/v1/chat/sessions/${button.sessionId}/handoff`, { token: button.token })).status).toBe(200);
    await say(button, "no thanks", "b1"); // declines the callback → the End step
    await say(button, "4", "b2");
    expect(await api.test.db.handoff.count({ where: { outcome: "NO_AGENT", acceptedAt: null } })).toBe(2);

    const flow = await acme();
    const overlay = await loadFlowOverlay(api.test.db, flow.workspaceId, { flowId: flow.id, days: 7 }, new Date(api.clock.now.getTime() + 3_600_000));
    expect(overlay.metrics!.conversations).toBe(2);
    // The flow's own path to a closed team is an escalation at its handoff step; the button one where it was pressed.
    expect(node(overlay, "handoff_billing")).toMatchObject({ visits: 2, escalations: 1, escalationsByReason: [{ reason: "flow", count: 1 }] });
    expect(node(overlay, "understand")).toMatchObject({ escalations: 1, escalationsByReason: [{ reason: "button", count: 1 }] });
    expect(edge(overlay, "handoff_billing-no_agent")).toMatchObject({ count: 2, share: 1 });
    expect(edge(overlay, "callback-declined").count).toBe(1);
    // Back with the bot, they ended on its side: one left at the callback offer, one finished at the End step.
    expect(node(overlay, "callback")).toMatchObject({ completed: 0, left: 1 });
    expect(node(overlay, "end")).toMatchObject({ completed: 1, left: 0 });
  });

  it("does not count a conversation still in progress as having left", async () => {
    await script();
    const flow = await acme();
    const overlay = await loadFlowOverlay(api.test.db, flow.workspaceId, { flowId: flow.id, days: 7 }, new Date(OFFICE_HOURS.getTime() + 60_000));
    // A minute later both bot conversations are still open (the End step waits for a rating): neither counts yet.
    expect(node(overlay, "rephrase").left).toBe(0);
    expect(node(overlay, "end").completed).toBe(0);
  });

  it("derives exits from visits recorded before exits were, where one edge joins the two steps", async () => {
    await script();
    const flow = await acme();
    await api.test.db.$executeRawUnsafe(`UPDATE "Event" SET "data" = NULL WHERE "flowVersionId" = $1 AND "type" = 'node_visit'`, flow.publishedVersionId);
    const overlay = await loadFlowOverlay(api.test.db, flow.workspaceId, { flowId: flow.id, days: 7 }, new Date(OFFICE_HOURS.getTime() + 3_600_000));
    expect(edge(overlay, "start-next")).toMatchObject({ count: 3, derived: 3, share: 1 });
    // Five intents lead from Understand to Self-service: which one was taken cannot be told, so none is guessed.
    expect(edge(overlay, "understand-order_status")).toMatchObject({ count: 0, derived: 0 });
    expect(edge(overlay, "understand-low_confidence")).toMatchObject({ count: 1, derived: 1 });
  });

  it("an empty period has zeros; another workspace cannot read the flow; an unknown version is refused", async () => {
    await script();
    const flow = await acme();
    const later = await loadFlowOverlay(api.test.db, flow.workspaceId, { flowId: flow.id, days: 7 }, new Date(OFFICE_HOURS.getTime() + 8 * 86_400_000));
    expect(later.metrics!.conversations).toBe(0);
    expect(later.metrics!.nodes.every((n) => n.visits === 0 && n.heat === 0 && n.left === 0)).toBe(true);
    const other = await api.test.db.workspace.create({ data: { name: "Other", slug: "other" } });
    await expect(loadFlowOverlay(api.test.db, other.id, { flowId: flow.id, days: 7 }, OFFICE_HOURS)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(loadFlowOverlay(api.test.db, flow.workspaceId, { flowId: flow.id, versionId: "nope", days: 7 }, OFFICE_HOURS)).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });
});
