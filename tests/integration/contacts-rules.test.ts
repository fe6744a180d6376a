import { describe, expect, it } from "vitest";
import { loadViewer } from "@/server/auth/load-viewer";
import { setupApi } from "../helpers/api-harness";
import { callTrpc } from "../helpers/call-trpc";

const api = setupApi();

interface Started {
  sessionId: string;
  token: string;
}

const start = async (customer: Record<string, unknown>) => (await api.json<Started>("POST", "/api/v1/chat/acme/sessions", { body: { customer } })).body;
const say = (session: Started, text: string) =>
  api.json<{ status: string }>("POST", `/api/v1/chat/sessions/${session.sessionId}/messages`, { token: session.token, body: { clientMessageId: text, text } });
const press = (session: Started) => api.json("POST", `/api/v1/chat/sessions/${session.sessionId}/handoff`, { token: session.token, body: {} });

async function online() {
  await api.test.db.membership.updateMany({ data: { presence: "ONLINE", lastSeenAt: api.clock.now } });
}

/** Turns on escalation settings in the demo's published version (before any chat loads it). */
async function demoEscalation(change: Record<string, unknown>) {
  const flow = await api.test.db.flow.findUniqueOrThrow({ where: { slug: "acme" }, include: { publishedVersion: true } });
  const document = flow.publishedVersion!.document as { settings: { escalation: Record<string, unknown> } };
  Object.assign(document.settings.escalation, change);
  await api.test.db.flowVersion.update({ where: { id: flow.publishedVersionId! }, data: { document: document as object } });
}

describe("customer attributes and repeat contacts in rules", () => {
  it("priority rules on customer.* variables: a pro plan and a recent person go first", async () => {
    await online();
    const admin = await api.test.db.user.findUniqueOrThrow({ where: { email: "admin@acme.test" } });
    const ctx = { db: api.test.db, viewer: (await loadViewer(api.test.db, admin.id))! };
    const saved = await callTrpc(ctx, "priorityRules.save", {
      rules: [
        { id: "pro", kind: "variable", variable: "customer.plan", operator: "equals", value: "pro", boost: 7 },
        { id: "back", kind: "variable", variable: "customer.days_since_person", operator: "less_than", value: "8", boost: 3 },
        { id: "new", kind: "variable", variable: "customer.new", operator: "equals", value: "true", boost: 1 },
      ],
    });
    expect(saved.status).toBe(200);
    const settings = (await callTrpc(ctx, "priorityRules.get", undefined, "query")).data as { variables: string[] };
    expect(settings.variables).toEqual(expect.arrayContaining(["customer.days_since_person", "customer.new", "customer.conversations"]));

    const first = await start({ id: "p-1", attributes: { plan: "pro" } });
    await press(first);
    expect((await api.test.db.conversation.findUniqueOrThrow({ where: { id: first.sessionId } })).priority).toBe(7 + 1);
    api.clock.now = new Date(api.clock.now.getTime() + 2 * 24 * 3600_000);
    await online();
    const again = await start({ id: "p-1" });
    await press(again);
    expect((await api.test.db.conversation.findUniqueOrThrow({ where: { id: again.sessionId } })).priority).toBe(7 + 3);
    const anonymous = (await api.json<Started>("POST", "/api/v1/chat/acme/sessions")).body;
    await press(anonymous);
    expect((await api.test.db.conversation.findUniqueOrThrow({ where: { id: anonymous.sessionId } })).priority).toBe(0);
  });

  it("the repeat-contact trigger sends a customer who needed a person recently straight to one", async () => {
    await online();
    await demoEscalation({ repeatContact: { enabled: true, withinDays: 7, targetNodeId: null } });
    const first = await start({ id: "r-1", name: "Rita" });
    const reply = await say(first, "I forgot my password and can't log in");
    expect(reply.body.status).toBe("bot");
    await press(first);
    api.clock.now = new Date(api.clock.now.getTime() + 3 * 24 * 3600_000);
    await online();
    const second = await start({ id: "r-1" });
    const handed = await say(second, "I forgot my password and can't log in");
    expect(["queued", "assigned"]).toContain(handed.body.status);
    const handoff = await api.test.db.handoff.findFirstOrThrow({ where: { conversationId: second.sessionId } });
    expect(handoff.reason).toBe("repeat_contact");
    // Someone else, never handed over: the bot answers as usual.
    const fresh = await start({ id: "r-2" });
    expect((await say(fresh, "I forgot my password and can't log in")).body.status).toBe("bot");
  });

  it("a customer who asked for a person when nobody was there counts as having needed one", async () => {
    await api.test.db.membership.updateMany({ data: { presence: "OFFLINE" } });
    await demoEscalation({ repeatContact: { enabled: true, withinDays: 7, targetNodeId: null } });
    const first = await start({ id: "o-1" });
    expect((await press(first)).status).toBe(200);
    expect(await api.test.db.handoff.findMany({ where: { conversationId: first.sessionId }, select: { outcome: true } })).toEqual([{ outcome: "NO_AGENT" }]);
    api.clock.now = new Date(api.clock.now.getTime() + 24 * 3600_000);
    await online();
    // A day later, not a second: forget the availability the first chat read.
    for (const team of await api.test.db.team.findMany()) api.runtime.cache.delete(`availability:${team.id}`);
    const second = await start({ id: "o-1" });
    expect(["queued", "assigned"]).toContain((await say(second, "I forgot my password and can't log in")).body.status);
    expect((await api.test.db.handoff.findFirstOrThrow({ where: { conversationId: second.sessionId } })).reason).toBe("repeat_contact");
  });

  it("the new-customer trigger: an identified customer's first chat goes to a person, their second does not", async () => {
    await online();
    await demoEscalation({ newCustomer: { enabled: true, targetNodeId: null } });
    const first = await start({ id: "n-1" });
    expect(["queued", "assigned"]).toContain((await say(first, "I forgot my password and can't log in")).body.status);
    expect((await api.test.db.handoff.findFirstOrThrow({ where: { conversationId: first.sessionId } })).reason).toBe("new_customer");
    const second = await start({ id: "n-1" });
    expect((await say(second, "I forgot my password and can't log in")).body.status).toBe("bot");
  });
});
