import { describe, expect, it } from "vitest";
import { customerStandIn, lastSeqOf, mergeMessages, ratedInChat, type ChatMessage } from "@/components/chat/chat-message";

const message = (seq: number, text = `m${seq}`, author: ChatMessage["author"] = "bot"): ChatMessage => ({
  id: `id${seq}`,
  seq,
  author,
  text,
  createdAt: "2026-01-01T00:00:00.000Z",
});

describe("mergeMessages", () => {
  it("adds by seq, once each, in order, whatever order they arrive in", () => {
    const merged = mergeMessages([message(1), message(3)], [message(4), message(2), message(3)]);
    expect(merged.map((m) => m.seq)).toEqual([1, 2, 3, 4]);
  });

  it("lets the stored copy replace a stand-in", () => {
    const merged = mergeMessages([{ ...message(2, "yes", "customer"), id: "local-x" }], [message(2, "Yes", "customer")]);
    expect(merged).toEqual([message(2, "Yes", "customer")]);
  });

  it("never lets a stand-in replace the stored copy", () => {
    const stored = [message(2, "Yes", "customer")];
    expect(mergeMessages(stored, [{ ...message(2, "yes", "customer"), id: "local-x" }], true)).toBe(stored);
  });

  it("returns the same array when nothing is new (no needless re-render)", () => {
    const current = [message(1)];
    expect(mergeMessages(current, [])).toBe(current);
  });
});

describe("customerStandIn", () => {
  it("places the customer's message just before the replies", () => {
    expect(customerStandIn([message(5), message(6)], "hello", "c1")).toMatchObject({ seq: 4, author: "customer", text: "hello", id: "local-c1" });
  });

  it("has nothing to place by without replies", () => {
    expect(customerStandIn([], "hello", "c1")).toBeNull();
  });
});

describe("lastSeqOf", () => {
  it("is where a stream resumes", () => {
    expect(lastSeqOf([])).toBe(0);
    expect(lastSeqOf([message(1), message(7)])).toBe(7);
  });
});

describe("ratedInChat", () => {
  const rating: ChatMessage = { ...message(3, "How did we do?"), inputKind: "rating", choices: [{ id: "5", label: "5" }] };
  it("is true once the customer answered the end step's rating question", () => {
    expect(ratedInChat([message(1), rating, message(4, "5", "customer"), message(5, "Thanks for your feedback!")])).toBe(true);
  });

  it("is false when the question was never asked or not answered", () => {
    expect(ratedInChat([message(1), message(2, "hi", "customer")])).toBe(false);
    expect(ratedInChat([message(1, "hi", "customer"), rating])).toBe(false);
  });
});
