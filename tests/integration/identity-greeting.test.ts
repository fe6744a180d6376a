import { describe, expect, it } from "vitest";
import { importFlow } from "@/server/flows/import-flow";
import { publishFlow } from "@/server/flows/publish-flow";
import type { PublicMessage } from "@/server/realtime/stream-events/public-message-schema";
import { buildFlow } from "../helpers/flow-builder";
import { setupApi } from "../helpers/api-harness";

const api = setupApi();

interface Started {
  sessionId: string;
  token: string;
  messages: PublicMessage[];
}

/** A flow whose greeting names the customer, then asks, then thanks them by name and plan. */
async function greetingFlow() {
  const workspace = await api.test.db.workspace.findUniqueOrThrow({ where: { slug: "acme" } });
  const admin = await api.test.db.user.findUniqueOrThrow({ where: { email: "admin@acme.test" } });
  const document = buildFlow(
    [
      { id: "s", type: "start" },
      { id: "hi", type: "message", data: { text: "Hi {{customer.name}}, welcome back." } },
      { id: "ask", type: "ask", data: { text: "What do you need?", kind: "text", variable: "need" } },
      { id: "thanks", type: "message", data: { text: "Thanks {{customer.name}} ({{customer.plan}}): {{need}}." } },
      { id: "end", type: "end", data: { text: "Bye.", askRating: false } },
    ],
    [
      ["s", "next", "hi"],
      ["hi", "next", "ask"],
      ["ask", "answered", "thanks"],
      ["ask", "invalid", "thanks"],
      ["thanks", "next", "end"],
    ],
  );
  const slug = `greet-${Math.random().toString(36).slice(2, 8)}`;
  const flow = await importFlow(api.test.db, workspace.id, { name: slug, document, slug }, admin.id);
  await publishFlow(api.test.db, workspace.id, flow.id, admin.id);
  return slug;
}

const ADA = { id: "cust-ada", name: "Ada Lovelace", attributes: { plan: "pro" } };
const start = async (slug: string, customer?: unknown) => {
  const response = await api.json<Started>("POST", `/api/v1/chat/${slug}/sessions`, { body: { channel: "widget", ...(customer ? { customer } : {}) } });
  expect(response.status).toBe(201);
  return response.body;
};
const identify = (session: Started, customer: unknown) =>
  api.json("POST", `/api/v1/chat/sessions/${session.sessionId}/identify`, { token: session.token, body: { customer } });
const answer = async (session: Started, text: string) =>
  (
    await api.json<{ messages: PublicMessage[] }>("POST", `/api/v1/chat/sessions/${session.sessionId}/messages`, {
      token: session.token,
      body: { clientMessageId: "a1", text },
    })
  ).body.messages;
const botTexts = (messages: PublicMessage[]) => messages.filter((m) => m.author === "bot").map((m) => m.text);

describe("the host site's identity in the flow's variables", () => {
  it("an identity given when the chat starts fills the greeting's {{customer.name}}", async () => {
    const slug = await greetingFlow();
    const session = await start(slug, ADA);
    expect(botTexts(session.messages)[0]).toBe("Hi Ada Lovelace, welcome back.");
    expect(botTexts(await answer(session, "a refund"))).toContain("Thanks Ada Lovelace (pro): a refund.");
  });

  it("the widget's sequence — start with the identity, then /identify with the same one — keeps one contact and the greeting", async () => {
    const slug = await greetingFlow();
    const session = await start(slug, ADA);
    expect((await identify(session, ADA)).status).toBe(200);
    const row = await api.test.db.conversation.findUniqueOrThrow({ where: { id: session.sessionId } });
    expect(await api.test.db.contact.count({ where: { externalId: ADA.id } })).toBe(1);
    expect(row.customerName).toBe("Ada Lovelace");
    const stored = await api.test.db.message.findFirstOrThrow({ where: { conversationId: session.sessionId, author: "BOT" }, orderBy: { seq: "asc" } });
    expect(stored.text).toBe("Hi Ada Lovelace, welcome back.");
    // customer.new stays what it was at the start (this conversation is not an earlier one of theirs).
    expect(row.variables).toMatchObject({ "customer.new": true, "customer.conversations": 0 });
  });

  it("without an identity the greeting has no name; an identify later reaches the messages after it", async () => {
    const slug = await greetingFlow();
    const session = await start(slug);
    expect(botTexts(session.messages)[0]).toBe("Hi , welcome back."); // an unknown variable renders empty
    expect((await identify(session, { id: "cust-grace", name: "Grace Hopper", attributes: { plan: "team" } })).status).toBe(200);
    expect(botTexts(await answer(session, "an invoice"))).toContain("Thanks Grace Hopper (team): an invoice.");
  });

  it("an identity the server cannot read refuses the start with a 400 naming the field (the widget then starts anonymously)", async () => {
    const slug = await greetingFlow();
    const refused = await api.json<{ error: { code: string; message: string } }>("POST", `/api/v1/chat/${slug}/sessions`, {
      body: { channel: "widget", customer: { id: "x", attributes: { "bad name": 1 } } },
    });
    expect(refused.status).toBe(400);
    expect(refused.body.error.message).toMatch(/Attribute names/);
  });
});
