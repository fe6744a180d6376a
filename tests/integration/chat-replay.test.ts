import fs from "node:fs";
import { describe, expect, it } from "vitest";
import type { TurnResponse as Reply } from "@/server/realtime/stream-events/turn-response-schema";
import { setupInbox, type Session } from "./inbox-harness";

// A retry with the same idempotency key gets what the first call got, in
// whatever state the conversation is now — after the chat ended, a handoff, a
// hand-back, while assigned — and concurrent duplicates store one request.

const t = setupInbox();

const post = (session: Session, clientMessageId: string, body: { text: string } | { choice: string }) =>
  t.api.json<Reply & { error?: { code: string; message: string } }>("POST", `/api/v1/chat/sessions/${session.sessionId}/messages`, {
    token: session.token,
    body: { clientMessageId, ...body },
  });

const press = (session: Session, clientRequestId?: string) =>
  t.api.json<Reply & { error?: { code: string; message: string } }>("POST", `/api/v1/chat/sessions/${session.sessionId}/handoff`, {
    token: session.token,
    body: clientRequestId === undefined ? {} : { clientRequestId },
  });

const stored = (session: Session) => t.api.test.db.message.count({ where: { conversationId: session.sessionId } });

/** The same status and body as the first answer (the status may have moved on: the chat's status now). */
function expectSameReply(retry: { status: number; body: Reply }, first: { status: number; body: Reply }) {
  expect(retry.status).toBe(first.status);
  expect(retry.body.messages).toEqual(first.body.messages);
  expect(retry.body.handoff === undefined).toBe(first.body.handoff === undefined);
  if (first.body.handoff)
    expect(retry.body.handoff).toMatchObject({ kind: first.body.handoff.kind, reason: first.body.handoff.reason, team: first.body.handoff.team });
}

/** A customer endpoint of this session through the API harness (the route files, or the direct path). */
async function callSession(session: Session, path: string, body?: unknown) {
  return t.api.json(body === undefined ? "GET" : "POST", `/api/v1/chat/sessions/${session.sessionId}/${path}`, { token: session.token, body });
}

describe("retries replay the first answer", () => {
  it("after the chat ended: every message of the chat, including the one that ended it", async () => {
    const session = await t.start();
    const asked = await post(session, "m1", { text: "I forgot my password and can't log in" });
    const helped = await post(session, "m2", { choice: "yes" });
    const rated = await post(session, "m3", { text: "5" });
    expect(rated.body.status).toBe("resolved");
    const count = await stored(session);

    for (const [id, first] of [
      ["m1", asked],
      ["m2", helped],
      ["m3", rated],
    ] as const) {
      const retry = await post(session, id, { text: "anything" });
      expectSameReply(retry, first);
      expect(retry.body.status).toBe("resolved");
    }
    expect(await stored(session)).toBe(count);
    // A new message is still refused: the chat has ended.
    const late = await post(session, "m4", { text: "one more thing" });
    expect(late.status).toBe(409);
    expect(late.body.error!.message).toMatch(/has ended/);
  });

  it("after a handoff and while assigned: the bot's answer, never what the agent said later", async () => {
    const { sam } = await t.people();
    await t.online(sam);
    const session = await t.start();
    const early = await post(session, "e1", { text: "where is my order" });
    const asked = await post(session, "h1", { text: "can I talk to a real person please" });
    expect(asked.body.status).toBe("queued");
    expect(asked.body.handoff).toMatchObject({ reason: "explicit_request", team: "Billing" });
    const waiting = await post(session, "q1", { text: "hello? anyone?" });
    expect(waiting.body).toEqual({ status: "queued", messages: [] });

    expectSameReply(await post(session, "h1", { text: "x" }), asked);
    await t.inbox(sam, "accept", { conversationId: session.sessionId });
    await t.inbox(sam, "send", { conversationId: session.sessionId, text: "Hi, Sam here" });
    const count = await stored(session);

    for (const [id, first] of [
      ["e1", early],
      ["h1", asked],
      ["q1", waiting],
    ] as const) {
      const retry = await post(session, id, { text: "x" });
      expectSameReply(retry, first);
      expect(retry.body.status).toBe("assigned");
    }
    expect(await stored(session)).toBe(count);
  });

  it("after a hand-back: the bot does not answer the old message again", async () => {
    const { sam } = await t.people();
    await t.online(sam);
    const session = await t.start();
    const asked = await post(session, "h1", { text: "can I talk to a real person please" });
    await t.inbox(sam, "accept", { conversationId: session.sessionId });
    const back = await t.inbox(sam, "handBack", { conversationId: session.sessionId, nodeId: "understand" });
    expect(back.status).toBe(200);
    const count = await stored(session);

    const retry = await post(session, "h1", { text: "can I talk to a real person please" });
    expectSameReply(retry, asked);
    expect(retry.body.status).toBe("bot");
    expect(await stored(session)).toBe(count);
    expect(await t.api.test.db.handoff.count({ where: { conversationId: session.sessionId } })).toBe(1);
  });

  it("includes the lines of an agent who got the conversation at once, as the first answer did", async () => {
    const { sam } = await t.people();
    await t.online(sam);
    const billing = await t.api.test.db.team.findFirstOrThrow({ where: { name: "Billing" } });
    await t.api.test.db.team.update({ where: { id: billing.id }, data: { assignmentPolicy: "LEAST_BUSY" } });
    const session = await t.start();
    const asked = await post(session, "h1", { text: "can I talk to a real person please" });
    expect(asked.body.status).toBe("assigned");
    expect(asked.body.messages.at(-1)).toMatchObject({ author: "system" });
    await t.inbox(sam, "send", { conversationId: session.sessionId, text: "Hi, Sam here" });
    expectSameReply(await post(session, "h1", { text: "x" }), asked);
  });

  it("the 'Talk to a person' button with a clientRequestId: a retry replays it while queued, after it ended, and a key is per endpoint", async () => {
    const { sam } = await t.people();
    await t.online(sam);
    const session = await t.start();
    const first = await press(session, "press-1");
    expect(first.body).toMatchObject({ status: "queued", handoff: { reason: "button", team: "Billing" } });
    const count = await stored(session);
    expectSameReply(await press(session, "press-1"), first);
    // Another press (another key, or none) while queued is still refused.
    expect((await press(session, "press-2")).status).toBe(409);
    expect((await press(session)).status).toBe(409);
    expect(await stored(session)).toBe(count);

    await t.inbox(sam, "accept", { conversationId: session.sessionId });
    await t.inbox(sam, "resolve", { conversationId: session.sessionId });
    expect((await post(session, "rating", { choice: "5" })).body.status).toBe("resolved");
    const afterEnd = await press(session, "press-1");
    expectSameReply(afterEnd, first);
    expect(afterEnd.body.status).toBe("resolved");
    expect((await press(session, "press-3")).status).toBe(409);
    // The same string as a message's clientMessageId is another request.
    expect((await post(session, "press-1", { text: "hello" })).status).toBe(409);
    expect(await t.api.test.db.handoff.count({ where: { conversationId: session.sessionId } })).toBe(1);
  });

  it("refuses a malformed clientRequestId with a clear error and writes nothing", async () => {
    const session = await t.start();
    const count = await stored(session);
    for (const body of [{ clientRequestId: "" }, { clientRequestId: 7 }, { clientRequestId: "x".repeat(101) }, { other: 1 }]) {
      const response = await t.api.json<{ error: { code: string; message: string } }>("POST", `/api/v1/chat/sessions/${session.sessionId}/handoff`, {
        token: session.token,
        body,
      });
      expect(response.status, JSON.stringify(body)).toBe(400);
      expect(response.body.error.code).toBe("invalid_body");
    }
    expect(await stored(session)).toBe(count);
  });

  it("concurrent duplicates store one message and one set of replies, and all get the same answer", async () => {
    const session = await t.start();
    await post(session, "m1", { text: "I forgot my password and can't log in" });
    await post(session, "m2", { choice: "yes" });
    const before = await stored(session);
    // Eight copies of the message that ends the chat at once: the losers must not be refused as "ended".
    const replies = await Promise.all(Array.from({ length: 8 }, () => post(session, "m3", { text: "5" })));
    expect(replies.map((r) => r.status)).toEqual(Array(8).fill(200));
    for (const reply of replies) expect(reply.body.messages).toEqual(replies[0]!.body.messages);
    expect(replies[0]!.body.messages.length).toBeGreaterThan(0);
    const rows = await t.api.test.db.message.findMany({ where: { conversationId: session.sessionId }, orderBy: { seq: "asc" } });
    expect(rows.length).toBe(before + 1 + replies[0]!.body.messages.length);
    expect(rows.map((r) => r.seq)).toEqual(rows.map((_, i) => i + 1));
    expect(rows.filter((r) => r.clientMessageId === "m3")).toHaveLength(1);
  });

  it("concurrent duplicates while a person holds the chat store the message once", async () => {
    const { sam } = await t.people();
    await t.online(sam);
    const session = await t.queued();
    const replies = await Promise.all(Array.from({ length: 8 }, () => post(session, "q1", { text: "are you there?" })));
    expect(replies.map((r) => r.body)).toEqual(Array(8).fill({ status: "queued", messages: [] }));
    const rows = await t.api.test.db.message.findMany({ where: { conversationId: session.sessionId }, orderBy: { seq: "asc" } });
    expect(rows.filter((r) => r.clientMessageId === "q1")).toHaveLength(1);
    expect(rows.map((r) => r.seq)).toEqual(rows.map((_, i) => i + 1));
  });

  it("a callback booking retried after its answer was lost returns that booking, even once the call was made", async () => {
    const { sam } = await t.people();
    await t.online(sam);
    const session = await t.queued();
    const { body: slots } = await callSession(session, "callback-slots");
    const startsAt = (slots.slots as { startsAt: string }[])[0]!.startsAt;
    const booking = { phone: "+44 20 7946 0000", startsAt, timeZone: "Europe/Paris" };
    const first = await callSession(session, "callback", booking);
    expect(first.status).toBe(201);
    const retry = await callSession(session, "callback", booking);
    expect(retry).toEqual(first);

    const callback = await t.api.test.db.callback.findFirstOrThrow({ where: { conversationId: session.sessionId } });
    expect((await t.inbox(sam, "callbackDone", { callbackId: callback.id })).status).toBe(200);
    const late = await callSession(session, "callback", booking);
    expect(late.status).toBe(201);
    expect(late.body).toMatchObject({ callback: first.body.callback, messages: first.body.messages });
    expect(await t.api.test.db.callback.count({ where: { conversationId: session.sessionId } })).toBe(1);
  });

  it("a rating retried with the same stars and comment records one event", async () => {
    const session = await t.start();
    await post(session, "m1", { text: "I forgot my password and can't log in" });
    await post(session, "m2", { choice: "yes" });
    await post(session, "m3", { text: "4" });
    const events = () => t.api.test.db.event.count({ where: { conversationId: session.sessionId, type: "conversation.rated" } });
    // The End step's "4" is a rating of its own (recorded by the turn); the form's ratings come after it.
    expect(await events()).toBe(1);
    const first = await callSession(session, "rating", { rating: 5, comment: "Quick" });
    expect(await callSession(session, "rating", { rating: 5, comment: " Quick " })).toEqual(first);
    expect(await events()).toBe(2);
    await callSession(session, "rating", { rating: 3, comment: "Quick" });
    expect(await events()).toBe(3);
  });

  it("the migration's backfill reconstructs what the live code records (messages stored before the table existed)", async () => {
    const { sam } = await t.people();
    await t.online(sam);
    const session = await t.start();
    // Each step at its own time, as in life (the harness's clock stands still otherwise).
    const later = () => (t.api.clock.now = new Date(t.api.clock.now.getTime() + 1000));
    for (const [id, text] of [
      ["a", "where is my order"],
      ["b", "can I talk to a real person please"],
      ["c", "hello?"],
    ]) {
      later();
      await post(session, id!, { text: text! });
    }
    later();
    await t.inbox(sam, "accept", { conversationId: session.sessionId });
    later();
    await t.inbox(sam, "send", { conversationId: session.sessionId, text: "Hi, Sam here" });
    later();
    await post(session, "d", { text: "thanks" });
    const live = await t.api.test.db.chatRequest.findMany({ orderBy: { afterSeq: "asc" }, omit: { createdAt: true } });
    expect(live.map((r) => r.key)).toEqual(["a", "b", "c", "d"]);

    const sql = fs.readFileSync("prisma/migrations/20261204165824_chat_requests/migration.sql", "utf8");
    const backfill = sql.slice(sql.indexOf("INSERT INTO"));
    await t.api.test.db.chatRequest.deleteMany();
    await t.api.test.database.withSession((db) => db.exec(backfill));
    expect(await t.api.test.db.chatRequest.findMany({ orderBy: { afterSeq: "asc" }, omit: { createdAt: true } })).toEqual(live);
  });
});
