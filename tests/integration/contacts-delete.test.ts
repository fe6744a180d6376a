import { describe, expect, it } from "vitest";
import { loadViewer } from "@/server/auth/load-viewer";
import { setupApi } from "../helpers/api-harness";
import { callTrpc } from "../helpers/call-trpc";
import { makeWorkspace } from "../helpers/make-workspace";

const api = setupApi();

interface Started {
  sessionId: string;
  token: string;
}

async function chat(customer: Record<string, unknown>, options: { handoff?: boolean } = {}) {
  const started = (await api.json<Started>("POST", "/api/v1/chat/acme/sessions", { body: { customer } })).body;
  await api.json("POST", `/api/v1/chat/sessions/${started.sessionId}/messages`, {
    token: started.token,
    body: { clientMessageId: "m1", text: "where is my order" },
  });
  if (options.handoff) await api.json("POST", `/api/v1/chat/sessions/${started.sessionId}/handoff`, { token: started.token, body: { clientRequestId: "h1" } });
  return started;
}

/** Every table of the database and its row count (the migrator's own table aside). */
async function countAll(): Promise<Map<string, number>> {
  const tables = await api.test.db.$queryRawUnsafe<{ name: string }[]>(
    `SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name <> '_prisma_migrations' ORDER BY 1`,
  );
  const counts = new Map<string, number>();
  for (const { name } of tables) {
    const [row] = await api.test.db.$queryRawUnsafe<{ n: number }[]>(`SELECT count(*)::int AS n FROM "${name}"`);
    counts.set(name, row!.n);
  }
  return counts;
}

/** Every row of every table as text, to look for anything left of a person. */
async function dumpAll(): Promise<string> {
  const parts: string[] = [];
  for (const name of (await countAll()).keys()) {
    const rows = await api.test.db.$queryRawUnsafe<{ t: string }[]>(`SELECT row_to_json(x)::text AS t FROM "${name}" x`);
    parts.push(...rows.map((row) => `${name}: ${row.t}`));
  }
  return parts.join("\n");
}

const admin = async (email = "admin@acme.test") => ({
  db: api.test.db,
  viewer: (await loadViewer(api.test.db, (await api.test.db.user.findUniqueOrThrow({ where: { email } })).id))!,
});

describe("deleting a contact (a data-protection request)", () => {
  it("removes every row of that person and nothing of anyone else; an audit row stays", async () => {
    const acme = await api.test.db.workspace.findUniqueOrThrow({ where: { slug: "acme" } });
    await api.test.db.membership.updateMany({ where: { workspaceId: acme.id }, data: { presence: "ONLINE", lastSeenAt: api.clock.now } });
    const doomed = { id: "gdpr-1", name: "Dora Doomed", email: "dora@example.com", attributes: { plan: "pro" } };
    const a1 = await chat(doomed, { handoff: true });
    const a2 = await chat(doomed);
    const kept = await chat({ id: "keep-1", name: "Kim Kept", email: "kim@example.com" }, { handoff: true });
    const anonymous = (await api.json<Started>("POST", "/api/v1/chat/acme/sessions")).body;
    const other = await makeWorkspace(api.test.db, [{ name: "Other Admin", role: "ADMIN" }]);
    await api.test.db.contact.create({ data: { workspaceId: other.workspace.id, externalId: "gdpr-1", name: "Same id elsewhere" } });

    // What else a person leaves behind: a note, a callback with their phone number, a webhook delivery about them.
    const doomedIds = [a1.sessionId, a2.sessionId];
    const morgan = await admin();
    await api.test.db.note.create({ data: { conversationId: a1.sessionId, authorId: morgan.viewer.userId, text: "VIP, call back" } });
    await api.test.db.note.create({ data: { conversationId: kept.sessionId, authorId: morgan.viewer.userId, text: "kept note" } });
    await api.test.db.callback.create({ data: { workspaceId: acme.id, conversationId: a1.sessionId, phone: "+44 7700 900123", dueAt: api.clock.now } });
    await api.test.db.callback.create({ data: { workspaceId: acme.id, conversationId: kept.sessionId, phone: "+44 7700 900999", dueAt: api.clock.now } });
    const endpoint = await api.test.db.webhookEndpoint.create({
      data: { workspaceId: acme.id, url: "https://hooks.example/x", events: ["handoff.requested"], secret: "s" },
    });
    for (const conversationId of [a1.sessionId, kept.sessionId]) {
      await api.test.db.webhookDelivery.create({
        data: {
          workspaceId: acme.id,
          endpointId: endpoint.id,
          eventId: `e-${conversationId}`,
          type: "handoff.requested",
          payload: { data: { conversationId } },
        },
      });
    }
    const contact = await api.test.db.contact.findFirstOrThrow({ where: { workspaceId: acme.id, externalId: "gdpr-1" } });

    // What belongs to Dora, table by table.
    const inDoomed = { conversationId: { in: doomedIds } };
    const expectedGone = new Map<string, number>([
      ["Contact", 1],
      ["Conversation", 2],
      ["Message", await api.test.db.message.count({ where: inDoomed })],
      ["Handoff", await api.test.db.handoff.count({ where: inDoomed })],
      ["Note", 1],
      ["Callback", 1],
      ["Event", await api.test.db.event.count({ where: inDoomed })],
      ["ChatRequest", await api.test.db.chatRequest.count({ where: inDoomed })],
      ["WebhookDelivery", 1],
    ]);
    expect(expectedGone.get("Handoff")).toBeGreaterThan(0);
    expect(expectedGone.get("Message")).toBeGreaterThan(4);
    const before = await countAll();
    expect([...before.keys()]).toEqual(expect.arrayContaining(["Contact", "AuditLog", "Message", "Conversation"]));

    const refused = await callTrpc(morgan, "contacts.delete", { contactId: contact.id, confirm: "yes" });
    expect(refused.status).toBe(400);
    const agent = await admin("sam@acme.test");
    expect((await callTrpc(agent, "contacts.delete", { contactId: contact.id, confirm: "DELETE" })).status).toBe(403);
    const otherAdmin = { db: api.test.db, viewer: other.viewers[0]! };
    expect((await callTrpc(otherAdmin, "contacts.delete", { contactId: contact.id, confirm: "DELETE" })).status).toBe(404);
    expect(await countAll()).toEqual(before);

    const deleted = await callTrpc(morgan, "contacts.delete", { contactId: contact.id, confirm: "DELETE" });
    expect(deleted.status).toBe(200);
    expect(deleted.data).toMatchObject({ deleted: { conversations: 2, callbacks: 1, webhookDeliveries: 1 } });

    const after = await countAll();
    for (const [table, count] of before) {
      const expected = count - (expectedGone.get(table) ?? 0) + (table === "AuditLog" ? 1 : 0);
      expect(after.get(table), table).toBe(expected);
    }
    const everything = await dumpAll();
    for (const trace of ["dora@example.com", "Dora Doomed", "+44 7700 900123", "VIP, call back", ...doomedIds])
      expect(everything.includes(trace), trace).toBe(false);
    // The one row left with that id is the other workspace's own contact.
    expect(everything.split("\n").filter((line) => line.includes("gdpr-1"))).toEqual([expect.stringContaining("Same id elsewhere")]);
    // Everyone else is whole: the other contact, the anonymous chat, the other workspace's contact with the same id.
    expect(await api.test.db.conversation.count({ where: { id: { in: [kept.sessionId, anonymous.sessionId] } } })).toBe(2);
    expect(await api.test.db.contact.count({ where: { workspaceId: other.workspace.id, externalId: "gdpr-1" } })).toBe(1);

    const audit = await api.test.db.auditLog.findFirstOrThrow({ where: { action: "contact.deleted" } });
    expect(audit).toMatchObject({ workspaceId: acme.id, actorId: morgan.viewer.userId, actorEmail: "admin@acme.test", subjectId: contact.id });
    expect(JSON.stringify(audit)).not.toContain("dora");

    // The audit row survives the contact, and the member who did it leaving.
    await api.test.db.membership.delete({ where: { id: morgan.viewer.membershipId } });
    expect(await api.test.db.auditLog.count({ where: { id: audit.id } })).toBe(1);
    expect((await callTrpc(agent, "contacts.get", { contactId: contact.id }, "query")).status).toBe(404);
  });
});

describe("the Contacts page's reads and edits", () => {
  it("search, the timeline with a transcript, and an edit; another workspace's contact is 404", async () => {
    await api.test.db.membership.updateMany({ data: { presence: "ONLINE", lastSeenAt: api.clock.now } });
    const first = await chat({ id: "c-1", name: "Ada Lovelace", email: "ada@example.com", attributes: { plan: "pro" } }, { handoff: true });
    api.clock.now = new Date(api.clock.now.getTime() + 60_000);
    const second = await chat({ id: "c-1" }, { handoff: true });
    await chat({ id: "c-2", name: "Grace Hopper" });
    // The inbox's context panel: who the customer is and their earlier conversation.
    const morgan = await admin();
    const inbox = (await callTrpc(morgan, "inbox.conversation", { conversationId: second.sessionId }, "query")).data as {
      customerLabel: string;
      contact: { name: string; email: string; verified: boolean; attributes: [string, unknown][]; previous: { id: string; reason: string }[] };
    };
    expect(inbox.customerLabel).toBe("Ada Lovelace");
    expect(inbox.contact).toMatchObject({ name: "Ada Lovelace", email: "ada@example.com", verified: false, attributes: [["plan", "pro"]] });
    expect(inbox.contact.previous.map((row) => [row.id, row.reason])).toEqual([[first.sessionId, "button"]]);
    const agent = await admin("sam@acme.test");
    const found = await callTrpc(agent, "contacts.list", { search: "lovel" }, "query");
    const list = found.data as { contacts: { id: string; name: string; conversations: number }[] };
    expect(list.contacts.map((c) => [c.name, c.conversations])).toEqual([["Ada Lovelace", 2]]);
    const id = list.contacts[0]!.id;

    const page = (await callTrpc(agent, "contacts.get", { contactId: id, conversationId: first.sessionId }, "query")).data as {
      timeline: { id: string; reason: string | null }[];
      selected: { messages: { author: string; text: string }[] };
    };
    expect(page.timeline.map((row) => row.id)).toEqual([second.sessionId, first.sessionId]);
    expect(page.timeline.find((row) => row.id === first.sessionId)?.reason).toBe("button");
    expect(page.selected.messages.some((m) => m.author === "customer" && m.text === "where is my order")).toBe(true);

    const edited = await callTrpc(agent, "contacts.update", {
      contactId: id,
      name: "Ada King",
      email: "ADA@king.example",
      attributes: { plan: "team", seats: 3 },
    });
    expect(edited.status).toBe(200);
    expect(await api.test.db.contact.findUniqueOrThrow({ where: { id } })).toMatchObject({
      name: "Ada King",
      email: "ada@king.example",
      attributes: { plan: "team", seats: 3 },
    });
    const bad = await callTrpc(agent, "contacts.update", { contactId: id, name: "x", email: "", attributes: { __proto__: 1, "no good": 2 } }, "mutation", {
      raw: true,
    });
    expect(bad.status).toBe(400);

    const other = await makeWorkspace(api.test.db, [{ name: "Other Agent", role: "AGENT" }]);
    const outsider = { db: api.test.db, viewer: other.viewers[0]! };
    expect((await callTrpc(outsider, "contacts.get", { contactId: id }, "query")).status).toBe(404);
    expect((await callTrpc(outsider, "contacts.update", { contactId: id, name: "Hijack", email: "", attributes: {} })).status).toBe(404);
    expect(((await callTrpc(outsider, "contacts.list", { search: "" }, "query")).data as { contacts: unknown[] }).contacts).toEqual([]);
  });
});
