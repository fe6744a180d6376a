import { describe, expect, it } from "vitest";
import { createApiTokenForAdmin } from "@/server/workspace/create-api-token-for-admin";
import { setupApi } from "../helpers/api-harness";
import { makeWorkspace } from "../helpers/make-workspace";

const api = setupApi();

interface Started {
  sessionId: string;
  token: string;
}

describe("workspace API: conversations and contacts (API tokens)", () => {
  it("reads a conversation with its contact, context and transcript; another workspace's is 404", async () => {
    await api.test.db.membership.updateMany({ data: { presence: "ONLINE", lastSeenAt: api.clock.now } });
    const { secret: token } = await createApiTokenForAdmin(api.test.db, { email: "admin@acme.test", name: "helpdesk" });
    const chat = (
      await api.json<Started>("POST", "/api/v1/chat/acme/sessions", { body: { customer: { id: "h-1", name: "Hana", attributes: { plan: "pro" } } } })
    ).body;
    await api.json("POST", `/api/v1/chat/sessions/${chat.sessionId}/messages`, {
      token: chat.token,
      body: { clientMessageId: "m1", text: "where is my order" },
    });
    await api.json("POST", `/api/v1/chat/sessions/${chat.sessionId}/handoff`, { token: chat.token, body: {} });

    const read = await api.json<{
      customer: { name: string };
      contact: { externalId: string; attributes: Record<string, unknown> };
      handoff: { reason: string; context: { summary: string } };
      messages: { author: string; text: string }[];
    }>("GET", `/api/v1/conversations/${chat.sessionId}`, { token });
    expect(read.status).toBe(200);
    expect(read.body.customer.name).toBe("Hana");
    expect(read.body.contact).toMatchObject({ externalId: "h-1", attributes: { plan: "pro" } });
    expect(read.body.handoff.reason).toBe("button");
    expect(typeof read.body.handoff.context.summary).toBe("string");
    expect(read.body.messages.some((m) => m.author === "customer" && m.text === "where is my order")).toBe(true);

    const contacts = await api.json<{ contacts: { id: string; externalId: string }[] }>("GET", "/api/v1/contacts?search=hana", { token });
    expect(contacts.body.contacts.map((c) => c.externalId)).toEqual(["h-1"]);
    const contact = await api.json<{ conversations: { id: string }[]; contact: { attributes: Record<string, unknown> } }>(
      "GET",
      `/api/v1/contacts/${contacts.body.contacts[0]!.id}`,
      { token },
    );
    expect(contact.body.conversations.map((c) => c.id)).toEqual([chat.sessionId]);
    expect(contact.body.contact.attributes).toEqual({ plan: "pro" });

    // Another workspace's token sees none of it.
    const other = await makeWorkspace(api.test.db, [{ name: "Other Admin", role: "ADMIN" }]);
    const { secret: otherToken } = await createApiTokenForAdmin(api.test.db, { email: other.viewers[0]!.email, name: "other" });
    expect((await api.json("GET", `/api/v1/conversations/${chat.sessionId}`, { token: otherToken })).status).toBe(404);
    expect((await api.json("GET", `/api/v1/contacts/${contacts.body.contacts[0]!.id}`, { token: otherToken })).status).toBe(404);
    expect((await api.json<{ contacts: unknown[] }>("GET", "/api/v1/contacts", { token: otherToken })).body.contacts).toEqual([]);
    // And without a token, nothing at all.
    expect((await api.json("GET", `/api/v1/conversations/${chat.sessionId}`)).status).toBe(401);
    expect((await api.json("GET", `/api/v1/conversations/${chat.sessionId}`, { token: chat.token })).status).toBe(401);
  });
});
