import { describe, expect, it } from "vitest";
import type { StartedChat as Started } from "@/server/conversations/start-chat";
import type { PublicMessage as Message } from "@/server/realtime/stream-events/public-message-schema";
import type { TurnResponse as TurnBody } from "@/server/realtime/stream-events/turn-response-schema";
import { setupApi } from "../helpers/api-harness";

const api = setupApi();

async function start() {
  const response = await api.json<Started>("POST", "/api/v1/chat/acme/sessions");
  expect(response.status).toBe(201);
  return response.body;
}
const send = (session: Started, body: unknown) =>
  api.json<TurnBody>("POST", `/api/v1/chat/sessions/${session.sessionId}/messages`, { token: session.token, body });

describe("public chat API", () => {
  it("starts a session on the published demo flow with the greeting", async () => {
    const session = await start();
    expect(session.token).toMatch(/^cst_/);
    expect(session.status).toBe("bot");
    expect(session.messages.map((m) => [m.seq, m.author, m.text])).toEqual([
      [1, "bot", "Hi! I'm Acme Assistant. I can help with orders, refunds, billing, passwords and technical problems."],
      [2, "bot", "What can I help you with today?"],
    ]);
    const stored = await api.test.db.conversation.findUniqueOrThrow({ where: { id: session.sessionId } });
    expect(stored.customerTokenHash).not.toContain(session.token);
  });

  it("answers from the knowledge base (PostgreSQL full-text search) and asks whether it helped", async () => {
    const session = await start();
    const reply = await send(session, { clientMessageId: "m1", text: "I forgot my password and can't log in" });
    expect(reply.status).toBe(200);
    expect(reply.body.messages[0]!.text).toContain("How to reset your password");
    expect(reply.body.messages[1]).toMatchObject({
      text: "Did that help?",
      choices: [
        { id: "yes", label: "Yes, thanks" },
        { id: "no", label: "No" },
      ],
    });
    const helped = await send(session, { clientMessageId: "m2", choice: "yes" });
    expect(helped.body.messages.map((m) => m.text)).toEqual(["Thanks for chatting with Acme!", "How did we do? Rate this chat from 1 (poor) to 5 (great)."]);
    const customer = await api.test.db.message.findFirstOrThrow({ where: { conversationId: session.sessionId, clientMessageId: "m2" } });
    expect(customer.text).toBe("Yes, thanks");
  });

  it("a retried POST returns the same result and creates nothing", async () => {
    const session = await start();
    const first = await send(session, { clientMessageId: "same", text: "where is my order" });
    const count = await api.test.db.message.count({ where: { conversationId: session.sessionId } });
    const retry = await send(session, { clientMessageId: "same", text: "where is my order" });
    expect(retry.status).toBe(200);
    expect(retry.body.messages.map((m) => m.id)).toEqual(first.body.messages.map((m) => m.id));
    expect(await api.test.db.message.count({ where: { conversationId: session.sessionId } })).toBe(count);
  });

  it("concurrent posts to one conversation lose nothing, duplicate nothing, and keep seq strictly increasing", async () => {
    await api.test.db.membership.updateMany({ where: { user: { email: "sam@acme.test" } }, data: { presence: "ONLINE" } });
    const session = await start();
    // Two turns race through the engine while the bot owns the conversation…
    const racing = await Promise.all([
      send(session, { clientMessageId: "r1", text: "where is my order" }),
      send(session, { clientMessageId: "r2", text: "my parcel is late" }),
    ]);
    expect(racing.map((r) => r.status)).toEqual([200, 200]);
    // …then many while the conversation waits for a person.
    await api.json("POST", `/api/v1/chat/sessions/${session.sessionId}/handoff`, { token: session.token });
    const texts = Array.from({ length: 12 }, (_, i) => `message ${i}`);
    const results = await Promise.all(texts.map((text, i) => send(session, { clientMessageId: `c${i}`, text })));
    expect(results.every((r) => r.status === 200)).toBe(true);
    const rows = await api.test.db.message.findMany({ where: { conversationId: session.sessionId }, orderBy: { seq: "asc" } });
    expect(rows.map((r) => r.seq)).toEqual(rows.map((_, i) => i + 1));
    expect(
      rows
        .filter((r) => r.author === "CUSTOMER")
        .map((r) => r.text)
        .sort(),
    ).toEqual([...texts, "where is my order", "my parcel is late"].sort());
  });

  it("'Talk to a person' queues for the routed team with position and wait, and the bot then stays silent", async () => {
    await api.test.db.membership.updateMany({ where: { user: { email: "sam@acme.test" } }, data: { presence: "ONLINE" } });
    const session = await start();
    const handoff = await api.json<TurnBody>("POST", `/api/v1/chat/sessions/${session.sessionId}/handoff`, { token: session.token });
    expect(handoff.status).toBe(200);
    expect(handoff.body.status).toBe("queued");
    expect(handoff.body.handoff).toEqual({ kind: "warm", reason: "button", team: "Billing", position: 1, estimatedWaitSeconds: 80 }); // 240 s default handle time ÷ Sam's 3 seats
    expect(handoff.body.messages.at(-1)).toMatchObject({ author: "system", status: "queued" });
    const row = await api.test.db.handoff.findFirstOrThrow({ where: { conversationId: session.sessionId } });
    expect(row.context).toMatchObject({ reason: "button", channel: "api" });

    const whileQueued = await send(session, { clientMessageId: "q1", text: "hello? anyone?" });
    expect(whileQueued.body).toEqual({ status: "queued", messages: [] });
    const again = await api.json<{ error: { code: string } }>("POST", `/api/v1/chat/sessions/${session.sessionId}/handoff`, { token: session.token });
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe("conflict");
  });

  it("an explicit request with nobody online offers a callback instead of a silent queue", async () => {
    const session = await start();
    const reply = await send(session, { clientMessageId: "h1", text: "can I talk to a real person please" });
    expect(reply.body.status).toBe("bot");
    expect(reply.body.handoff).toBeUndefined();
    expect(reply.body.messages[0]).toMatchObject({ text: "Nobody from Billing is free right now. Would you like us to call you back?" });
  });

  it("keeps each customer to their own conversation", async () => {
    const mine = await start();
    const theirs = await start();
    const wrongToken = await api.json<{ error: { code: string; message: string } }>("GET", `/api/v1/chat/sessions/${theirs.sessionId}`, { token: mine.token });
    expect(wrongToken.status).toBe(403);
    expect(wrongToken.body.error.code).toBe("forbidden");
    expect((await api.json("GET", `/api/v1/chat/sessions/${theirs.sessionId}`)).status).toBe(401);
    expect((await api.json("GET", `/api/v1/chat/sessions/nope`, { token: mine.token })).status).toBe(404);
    const own = await api.json<{ status: string; messages: Message[] }>("GET", `/api/v1/chat/sessions/${mine.sessionId}`, { token: mine.token });
    expect(own.body.messages).toHaveLength(2);
    const post = await api.json("POST", `/api/v1/chat/sessions/${theirs.sessionId}/messages`, {
      token: mine.token,
      body: { clientMessageId: "x", text: "hi" },
    });
    expect(post.status).toBe(403);
  });

  it("checks the token before the body: a bad body with a bad or missing token answers 401/403, and another's key replays nothing", async () => {
    const mine = await start();
    const theirs = await start();
    await send(theirs, { clientMessageId: "theirs-1", text: "where is my order" });
    const path = `/api/v1/chat/sessions/${theirs.sessionId}/messages`;
    for (const [token, status] of [
      [undefined, 401],
      [mine.token, 403],
    ] as const) {
      expect((await api.json("POST", path, { token, rawBody: "{not json" })).status).toBe(status);
      expect((await api.json("POST", path, { token, body: { clientMessageId: "x" } })).status).toBe(status);
      expect((await api.json("POST", path, { token, rawBody: JSON.stringify({ clientMessageId: "a", text: "x".repeat(70_000) }) })).status).toBe(status);
      // Their earlier request's key is looked up with the conversation, but only its owner gets the replay.
      const replay = await api.json<{ messages?: unknown }>("POST", path, { token, body: { clientMessageId: "theirs-1", text: "where is my order" } });
      expect(replay.status).toBe(status);
      expect(replay.body.messages).toBeUndefined();
    }
  });

  it.each([
    ["a message over 4,000 characters", { clientMessageId: "a", text: "x".repeat(4001) }, undefined, 413, "message_too_long"],
    ["malformed JSON", undefined, "{not json", 400, "invalid_json"],
    ["no clientMessageId", { text: "hi" }, undefined, 400, "invalid_body"],
    ["an empty text", { clientMessageId: "a", text: "   " }, undefined, 400, "invalid_body"],
    ["unknown fields", { clientMessageId: "a", text: "hi", admin: true }, undefined, 400, "invalid_body"],
    ["a body over 64 KB", undefined, JSON.stringify({ clientMessageId: "a", text: "hi", pad: "x".repeat(70_000) }), 413, "too_large"],
  ])("refuses %s with a clear error and stores nothing", async (_name, body, rawBody, status, code) => {
    const session = await start();
    const response = await api.json<{ error: { code: string; message: string } }>("POST", `/api/v1/chat/sessions/${session.sessionId}/messages`, {
      token: session.token,
      body,
      rawBody,
    });
    expect(response.status).toBe(status);
    expect(response.body.error.code).toBe(code);
    expect(response.body.error.message.length).toBeGreaterThan(10);
    expect(await api.test.db.message.count({ where: { conversationId: session.sessionId } })).toBe(2);
  });

  it("an unknown slug is a 404 with the error shape", async () => {
    const response = await api.json<{ error: { code: string; message: string } }>("POST", "/api/v1/chat/no-such-flow/sessions");
    expect(response.status).toBe(404);
    expect(response.body).toEqual({ error: { code: "not_found", message: "There is no published chat at this address." } });
  });

  it("hostile text is stored and returned as plain text", async () => {
    const session = await start();
    const text = `<script>alert("x")</script> مرحبا 👋 ${"a".repeat(300)}`;
    await send(session, { clientMessageId: "xss", text });
    const transcript = await api.json<{ messages: Message[] }>("GET", `/api/v1/chat/sessions/${session.sessionId}`, { token: session.token });
    expect(transcript.body.messages.find((m) => m.author === "customer")?.text).toBe(text);
  });
});
