import { describe, expect, it } from "vitest";
import type { ChatMessage } from "@/components/chat/chat-message";
import { newClientMessageId, parseOutbox, reconcileOutbox, serializeOutbox, type OutboxItem } from "@/components/chat/outbox";

const item = (clientMessageId: string, echo: string, afterSeq: number, state: OutboxItem["state"] = "waiting"): OutboxItem => ({
  clientMessageId,
  body: { text: echo },
  echo,
  afterSeq,
  state,
});
const customer = (seq: number, text: string): ChatMessage => ({ id: `m${seq}`, seq, author: "customer", text, createdAt: "2026-01-01T00:00:00.000Z" });
const bot = (seq: number, text: string): ChatMessage => ({ id: `m${seq}`, seq, author: "bot", text, createdAt: "2026-01-01T00:00:00.000Z" });

describe("outbox storage", () => {
  it("keeps only unsent messages across a reload, and a message that was sending comes back as waiting", () => {
    const raw = serializeOutbox([item("a", "one", 2, "sending"), item("b", "two", 2, "sent"), item("c", "three", 2, "waiting")]);
    expect(parseOutbox(raw)).toEqual([item("a", "one", 2, "waiting"), item("c", "three", 2, "waiting")]);
  });

  it("stores nothing when nothing is unsent", () => {
    expect(serializeOutbox([])).toBeNull();
    expect(serializeOutbox([item("b", "two", 2, "sent")])).toBeNull();
  });

  it("drops what is malformed instead of failing", () => {
    expect(parseOutbox(null)).toEqual([]);
    expect(parseOutbox("not json")).toEqual([]);
    expect(parseOutbox('{"a":1}')).toEqual([]);
    expect(
      parseOutbox(
        JSON.stringify([null, { clientMessageId: 1 }, { clientMessageId: "x", echo: "hi", afterSeq: 1, body: { html: "<b>" } }, item("ok", "fine", 0)]),
      ),
    ).toEqual([item("ok", "fine", 0)]);
    expect(parseOutbox(JSON.stringify([{ clientMessageId: "c", echo: "Yes", afterSeq: 3, body: { choice: "yes" }, state: "sent" }]))).toEqual([
      { clientMessageId: "c", echo: "Yes", afterSeq: 3, body: { choice: "yes" }, state: "waiting" },
    ]);
  });

  it("makes unique client message ids", () => {
    const ids = new Set(Array.from({ length: 100 }, newClientMessageId));
    expect(ids.size).toBe(100);
  });
});

describe("reconcileOutbox", () => {
  it("returns the same list when nothing is delivered", () => {
    const items = [item("a", "hello", 2)];
    expect(reconcileOutbox(items, [bot(1, "hi"), bot(2, "what?")])).toBe(items);
  });

  it("drops a message once its stored copy is in the transcript", () => {
    expect(reconcileOutbox([item("a", "hello", 2, "sent")], [bot(2, "what?"), customer(3, "hello")])).toEqual([]);
  });

  it("ignores an identical message from before it was written", () => {
    const items = [item("a", "yes", 4)];
    expect(reconcileOutbox(items, [customer(3, "yes"), bot(4, "sure?")])).toBe(items);
  });

  it("matches one to one, in order, so the same words twice need two stored copies", () => {
    const items = [item("a", "yes", 2, "sent"), item("b", "yes", 2)];
    expect(reconcileOutbox(items, [customer(3, "yes")])).toEqual([item("b", "yes", 3)]);
    expect(reconcileOutbox(items, [customer(3, "yes"), customer(5, "yes")])).toEqual([]);
  });

  it("treats a sent message before a delivered one as delivered (the server stored it under another text)", () => {
    const items = [item("a", "Yes please", 2, "sent"), item("b", "thanks", 2, "sent")];
    expect(reconcileOutbox(items, [customer(3, "yes"), customer(4, "thanks")])).toEqual([]);
  });

  it("keeps an unsent message before a delivered one (only the server's confirmation frees it)", () => {
    const items = [item("a", "first", 2, "waiting"), item("b", "second", 2, "sent")];
    expect(reconcileOutbox(items, [customer(3, "second")])).toEqual([item("a", "first", 2, "waiting")]);
  });
});
