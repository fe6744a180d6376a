import { describe, expect, it, vi } from "vitest";
import { customerStreamEventSchema, type CustomerStreamEvent } from "@/server/realtime/stream-events/customer-stream-event";
import { formatSseFrame } from "@/server/realtime/stream-events/format-sse-frame";
import { inboxStreamEventSchema, type InboxStreamEvent } from "@/server/realtime/stream-events/inbox-stream-event";
import { readMessagePayload } from "@/server/realtime/stream-events/message-payload-schema";
import { parseStreamEvent, streamEventNames } from "@/server/realtime/stream-events/parse-stream-event";

const message = { id: "m1", seq: 3, author: "bot" as const, text: "Hi", createdAt: "2026-01-01T00:00:00.000Z" };

/** What an EventSource hands a listener for one frame: the name, the raw data and the last id seen. */
function received(frame: string) {
  return {
    event: frame.match(/^event: (.*)$/m)?.[1] ?? "",
    data: frame.match(/^data: (.*)$/m)?.[1] ?? "",
    lastEventId: frame.match(/^id: (.*)$/m)?.[1] ?? "",
  };
}

describe("stream events", () => {
  it("formats frames as the streams always wrote them: id (when there is one), event, one line of JSON data", () => {
    expect(formatSseFrame({ event: "message", id: 3, data: message })).toBe(`id: 3\nevent: message\ndata: ${JSON.stringify(message)}\n\n`);
    expect(formatSseFrame({ event: "presence", data: {} })).toBe("event: presence\ndata: {}\n\n");
    expect(formatSseFrame({ event: "data", data: { text: "two\nlines" } })).toBe('event: data\ndata: {"text":"two\\nlines"}\n\n');
  });

  it("reads back every customer event the server can send, with the same schema", () => {
    const events: CustomerStreamEvent[] = [
      { event: "message", id: 3, data: message },
      { event: "typing", data: { kind: "typing", author: "agent", name: "Sam", typing: true } },
      { event: "read", data: { kind: "read", author: "agent", seq: 2 } },
      { event: "queue", data: { position: 2, estimatedWaitSeconds: 480 } },
    ];
    for (const event of events) expect(parseStreamEvent(customerStreamEventSchema, received(formatSseFrame(event)))).toEqual(event);
    expect(streamEventNames(customerStreamEventSchema)).toEqual(["message", "typing", "read", "queue"]);
  });

  it("reads back every inbox event, keeping the resume id", () => {
    const events: InboxStreamEvent[] = [
      { event: "change", id: 1_700_000_000_000, data: { conversationId: "c1", seq: 4 } },
      { event: "ready", id: 1_700_000_000_001, data: {} },
      { event: "resync", id: 1_700_000_000_002, data: {} },
      { event: "presence", data: {} },
      { event: "typing", data: { conversationId: "c1", typing: false } },
      { event: "read", data: { conversationId: "c1", seq: 4 } },
    ];
    for (const event of events) expect(parseStreamEvent(inboxStreamEventSchema, received(formatSseFrame(event)))).toEqual(event);
  });

  it("ignores unknown events quietly, and logs malformed ones instead of throwing", () => {
    const warn = vi.fn();
    expect(parseStreamEvent(customerStreamEventSchema, { event: "confetti", data: "{}" }, warn)).toBeNull();
    expect(warn).not.toHaveBeenCalled();
    expect(parseStreamEvent(customerStreamEventSchema, { event: "queue", data: "{not json" }, warn)).toBeNull();
    expect(parseStreamEvent(customerStreamEventSchema, { event: "queue", data: '{"position":"2","estimatedWaitSeconds":1}' }, warn)).toBeNull();
    expect(parseStreamEvent(customerStreamEventSchema, { event: "message", data: JSON.stringify({ ...message, seq: -1 }), lastEventId: "3" }, warn)).toBeNull();
    expect(parseStreamEvent(inboxStreamEventSchema, { event: "change", data: '{"conversationId":"c1","seq":1}', lastEventId: "" }, warn)).toBeNull();
    expect(warn).toHaveBeenCalledTimes(4);
  });

  it("reads a stored payload field by field: what does not fit reads as absent", () => {
    expect(readMessagePayload({ event: "status", status: "QUEUED", change: "requeued" })).toEqual({ event: "status", status: "QUEUED", change: "requeued" });
    expect(readMessagePayload({ event: "status", status: "LOST", choices: "nope", inputKind: "email" })).toEqual({ event: "status", inputKind: "email" });
    expect(readMessagePayload({ nodeId: null, choiceId: "yes", event: "introduction" })).toEqual({ nodeId: null, choiceId: "yes", event: "introduction" });
    expect(readMessagePayload(null)).toEqual({});
    expect(readMessagePayload([1, 2])).toEqual({});
  });
});
