import { describe, expect, it } from "vitest";
import type { ChatMessage } from "@/components/chat/chat-message";
import { ENDED_STATUSES } from "@/components/chat/chat-message";
import {
  chatSessionReducer,
  initialChatSessionState,
  type ChatSessionAction,
  type ChatSessionState,
  type TurnReply,
} from "@/components/chat/chat-session-reducer";
import { chatSessionView } from "@/components/chat/chat-session-view";
import { parseOutbox, serializeOutbox } from "@/components/chat/outbox";

const session = { sessionId: "s1", token: "t1" };
const at = "2026-01-01T00:00:00.000Z";
const bot = (seq: number, text = `bot ${seq}`): ChatMessage => ({ id: `m${seq}`, seq, author: "bot", text, createdAt: at });
const customer = (seq: number, text: string): ChatMessage => ({ id: `m${seq}`, seq, author: "customer", text, createdAt: at });
const system = (seq: number, status: ChatMessage["status"]): ChatMessage => ({
  id: `m${seq}`,
  seq,
  author: "system",
  text: `now ${status}`,
  status,
  createdAt: at,
});
const agent = (seq: number, text: string): ChatMessage => ({ id: `m${seq}`, seq, author: "agent", text, agentName: "Sam", createdAt: at });

const run = (actions: ChatSessionAction[], state: ChatSessionState = initialChatSessionState) => actions.reduce(chatSessionReducer, state);
const loaded = (messages: ChatMessage[] = [bot(1, "Hi! How can I help?")], status: ChatMessage["status"] & string = "bot") =>
  run([{ type: "loaded", session, transcript: { status, messages }, instantThrough: messages[0]?.seq ?? 0 }]);
const say = (text: string, clientMessageId = text, online = true): ChatSessionAction => ({
  type: "enqueued",
  clientMessageId,
  body: { text },
  echo: text,
  online,
});
const reply = (messages: ChatMessage[], extra: Partial<TurnReply> = {}): TurnReply => ({ status: "bot", messages, ...extra });
/** What the send loop picks next: the first message the server has not confirmed. */
const nextToSend = (state: ChatSessionState) => state.outbox.find((item) => item.state !== "sent") ?? null;
const seqs = (state: ChatSessionState) => state.messages.map((message) => message.seq);

describe("chatSessionReducer", () => {
  it("send → pending → acknowledged: the message shows as pending, then in place once the server has it", () => {
    const typed = run([say("where is my order?", "c1")], loaded());
    expect(typed.outbox).toEqual([{ clientMessageId: "c1", body: { text: "where is my order?" }, echo: "where is my order?", afterSeq: 1, state: "sending" }]);
    expect(chatSessionView(typed).pending.map((item) => item.echo)).toEqual(["where is my order?"]);

    const acked = run([{ type: "delivered", clientMessageId: "c1", reply: reply([bot(3, "Let me look.")]) }], typed);
    expect(acked.outbox[0]!.state).toBe("sent");
    // The customer's own message stands in at seq 2 (the reply does not echo it), so nothing is pending any more.
    expect(acked.messages.map((m) => [m.seq, m.author, m.text])).toEqual([
      [1, "bot", "Hi! How can I help?"],
      [2, "customer", "where is my order?"],
      [3, "bot", "Let me look."],
    ]);
    expect(chatSessionView(acked).pending).toEqual([]);
    expect(nextToSend(acked)).toBeNull();
  });

  it("queues messages written offline, in order, and sends each exactly once when back", () => {
    let state = run([say("one", "c1", false), say("two", "c2", false)], loaded());
    expect(state.outbox.map((item) => item.state)).toEqual(["waiting", "waiting"]);
    const sent: string[] = [];
    // The send loop: take the next unconfirmed one, mark it sending, apply the reply.
    for (let seq = 2, item = nextToSend(state); item; item = nextToSend(state), seq += 2) {
      sent.push(item.clientMessageId);
      state = run(
        [
          { type: "sending", clientMessageId: item.clientMessageId },
          { type: "delivered", clientMessageId: item.clientMessageId, reply: reply([bot(seq + 1)]) },
        ],
        state,
      );
    }
    expect(sent).toEqual(["c1", "c2"]);
    expect(seqs(state)).toEqual([1, 2, 3, 4, 5]);
    expect(state.messages.filter((m) => m.author === "customer").map((m) => m.text)).toEqual(["one", "two"]);
    // A late second delivery of the same message (a replayed reply) changes nothing.
    expect(chatSessionReducer(state, { type: "delivered", clientMessageId: "c1", reply: reply([bot(3)]) }).messages).toEqual(state.messages);
  });

  it("a network failure leaves the unsent waiting (not the confirmed), to go out again", () => {
    const state = run(
      [say("one", "c1"), say("two", "c2"), { type: "delivered", clientMessageId: "c1", reply: reply([bot(3)]) }, { type: "unsentWaiting" }],
      loaded(),
    );
    expect(state.outbox.map((item) => [item.clientMessageId, item.state])).toEqual([
      ["c1", "sent"],
      ["c2", "waiting"],
    ]);
    expect(nextToSend(state)?.clientMessageId).toBe("c2");
  });

  it("the stream bringing the stored message before the reply: no duplicate, no stand-in over it", () => {
    const state = run(
      [
        say("hello", "c1"),
        { type: "messagesArrived", messages: [bot(3, "Hello!")] },
        { type: "messagesArrived", messages: [customer(2, "hello")] },
        { type: "delivered", clientMessageId: "c1", reply: reply([bot(3, "Hello!")]) },
      ],
      loaded(),
    );
    expect(state.messages.map((m) => [m.seq, m.id])).toEqual([
      [1, "m1"],
      [2, "m2"],
      [3, "m3"],
    ]);
    expect(chatSessionView(state).pending).toEqual([]);
  });

  it("the stream bringing the stored message after the reply: it replaces the stand-in, ordered by seq", () => {
    const acked = run([say("hello", "c1"), { type: "delivered", clientMessageId: "c1", reply: reply([bot(3, "Hello!")]) }], loaded());
    expect(acked.messages[1]!.id).toBe("local-c1");
    const streamed = run(
      [
        { type: "messagesArrived", messages: [bot(4, "Anything else?")] },
        { type: "messagesArrived", messages: [customer(2, "hello")] },
      ],
      acked,
    );
    expect(streamed.messages.map((m) => [m.seq, m.id])).toEqual([
      [1, "m1"],
      [2, "m2"],
      [3, "m3"],
      [4, "m4"],
    ]);
    // The same message again (a reconnect overlapping) adds nothing.
    expect(chatSessionReducer(streamed, { type: "messagesArrived", messages: [customer(2, "hello")] }).messages).toEqual(streamed.messages);
  });

  it("follows the handoff: queued with its place in line, an agent joins and types, hands back to the bot", () => {
    const queued = run(
      [
        {
          type: "replied",
          reply: reply([system(2, "queued")], {
            status: "queued",
            handoff: { kind: "warm", reason: "explicit_request", team: "Billing", position: 2, estimatedWaitSeconds: 240 },
          }),
        },
      ],
      loaded(),
    );
    expect(chatSessionView(queued)).toMatchObject({ status: "queued", queue: { position: 2, estimatedWaitSeconds: 240 }, agentTyping: null });
    const moved = run([{ type: "queueChanged", queue: { position: 1, estimatedWaitSeconds: 60 } }], queued);
    expect(chatSessionView(moved).queue).toEqual({ position: 1, estimatedWaitSeconds: 60 });

    const joined = run(
      [
        { type: "messagesArrived", messages: [system(3, "assigned")] },
        { type: "agentTyping", name: "Sam", typing: true },
      ],
      moved,
    );
    expect(chatSessionView(joined)).toMatchObject({ status: "assigned", queue: null, agentTyping: "Sam" });
    const answered = run(
      [
        { type: "messagesArrived", messages: [agent(4, "Hi, Sam here")] },
        { type: "agentRead", seq: 4 },
        { type: "agentRead", seq: 2 },
      ],
      joined,
    );
    expect(chatSessionView(answered).agentTyping).toBeNull();
    expect(answered.agentReadSeq).toBe(4);
    expect(chatSessionView(run([{ type: "agentTyping", name: null, typing: true }, { type: "agentTypingExpired" }], answered)).agentTyping).toBeNull();
    expect(chatSessionView(run([{ type: "agentTyping", name: null, typing: true }], answered)).agentTyping).toBe("Someone");

    const handedBack = run([{ type: "messagesArrived", messages: [system(5, "bot")] }], answered);
    expect(chatSessionView(handedBack).status).toBe("bot");
  });

  it("ends: resolved by the agent, or a callback booked — the status says the chat is over", () => {
    const resolved = run([{ type: "messagesArrived", messages: [system(2, "assigned"), system(3, "resolved")] }], loaded());
    expect(ENDED_STATUSES).toContain(chatSessionView(resolved).status);
    const booked = run([{ type: "replied", reply: reply([system(2, "callback_scheduled")], { status: "callback_scheduled" }) }], loaded());
    expect(chatSessionView(booked).status).toBe("callback_scheduled");
  });

  it("a message left for an e-mail reply: awaiting_email, not ended, no queue shown; an agent accepting makes it assigned", () => {
    const left = run(
      [{ type: "replied", reply: reply([customer(2, "Please e-mail me"), system(3, "awaiting_email")], { status: "awaiting_email" }) }],
      loaded(),
    );
    const view = chatSessionView(run([{ type: "queueChanged", queue: { position: 1, estimatedWaitSeconds: 60 } }], left));
    expect(view.status).toBe("awaiting_email");
    expect(ENDED_STATUSES).not.toContain(view.status);
    expect(view.queue).toBeNull();
    expect(chatSessionView(run([{ type: "messagesArrived", messages: [system(4, "assigned"), agent(5, "Hi")] }], left)).status).toBe("assigned");
    // A reload of such a chat takes the server's status.
    expect(chatSessionView(loaded([customer(2, "Please e-mail me")], "awaiting_email")).status).toBe("awaiting_email");
  });

  it("a refused message leaves the outbox with a notice; a 429 says when to try again", () => {
    const refused = run(
      [
        say("x".repeat(10), "c1"),
        { type: "rejected", clientMessageId: "c1", error: { message: "Too many messages.", status: 429, retryAfterSeconds: 30 }, now: 1000 },
      ],
      loaded(),
    );
    expect(refused.outbox).toEqual([]);
    expect(refused.notice).toEqual({ text: "Too many messages. Your message is back in the box.", retryAt: 31_000 });
    const invalid = run(
      [say("bad", "c2"), { type: "rejected", clientMessageId: "c2", error: { message: "That is too long.", status: 400 }, now: 1000 }],
      loaded(),
    );
    expect(invalid.notice).toEqual({ text: "That is too long.", retryAt: undefined });
    // A message written before, confirmed afterwards, keeps a 429's countdown but clears other notices.
    const written = run([say("first", "c0")], loaded());
    const limited = run([say("second", "c1"), { type: "rejected", clientMessageId: "c1", error: { message: "Slow down.", status: 429 }, now: 1000 }], written);
    expect(limited.notice?.retryAt).toBe(6000);
    expect(run([{ type: "delivered", clientMessageId: "c0", reply: reply([bot(3)]) }], limited).notice?.retryAt).toBe(6000);
    expect(run([{ type: "delivered", clientMessageId: "c0", reply: reply([bot(3)]) }], { ...written, notice: { text: "old" } }).notice).toBeNull();
    // Writing again clears any notice.
    expect(run([say("again", "c4")], limited).notice).toBeNull();
  });

  it("restores on reload: the stored session's transcript and status, and the unsent outbox as waiting", () => {
    const before = run([say("sent", "c1"), { type: "delivered", clientMessageId: "c1", reply: reply([bot(3)]) }, say("unsent", "c2")], loaded());
    const stored = serializeOutbox(before.outbox);

    const reloaded = run([
      {
        type: "loaded",
        session,
        transcript: { status: "queued", messages: [bot(1), customer(2, "sent"), bot(3), system(4, "queued")], agentReadSeq: 3 },
        instantThrough: 4,
      },
      { type: "outboxRestored", items: parseOutbox(stored) },
    ]);
    expect(reloaded.instantThrough).toBe(4);
    expect(reloaded.agentReadSeq).toBe(3);
    expect(chatSessionView(reloaded).status).toBe("queued");
    expect(reloaded.outbox.map((item) => [item.clientMessageId, item.state])).toEqual([["c2", "waiting"]]);
    // A status line after the load overrides the loaded status.
    expect(chatSessionView(run([{ type: "messagesArrived", messages: [system(5, "assigned")] }], reloaded)).status).toBe("assigned");
  });

  it("a resync merges the transcript and takes its status; a restart forgets the session and its outbox", () => {
    const stale = run([say("hi", "c1", false)], loaded());
    const resynced = run([{ type: "resynced", transcript: { status: "assigned", messages: [bot(1), system(2, "assigned")] } }], stale);
    expect(seqs(resynced)).toEqual([1, 2]);
    expect(chatSessionView(resynced).status).toBe("assigned");
    const restarted = run([{ type: "restarted" }], resynced);
    expect(restarted).toMatchObject({ session: null, messages: [], outbox: [], notice: null });
    expect(chatSessionView(restarted).loading).toBe(true);
    expect(chatSessionView(run([{ type: "loadFailed", error: "offline" }], restarted)).loading).toBe(false);
  });

  it("asking for a person: one press at a time, and it clears the notice", () => {
    const pressed = run([{ type: "noticeShown", notice: { text: "old" } }, { type: "askStarted" }], loaded());
    expect(pressed).toMatchObject({ askingForPerson: true, notice: null });
    expect(run([{ type: "askFinished" }], pressed).askingForPerson).toBe(false);
  });
});
