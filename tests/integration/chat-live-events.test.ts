import { describe, expect, it } from "vitest";
import { setupInbox, type Session } from "./inbox-harness";

const { api, people, online, queued, inbox } = setupInbox();

interface NamedEvent {
  event: string;
  data: Record<string, unknown>;
}

/** Reads a customer's SSE stream in the background; `next(name, match)` waits for the next event of that name that matches. */
async function listen(session: Session) {
  const controller = new AbortController();
  const response = await api.call("GET", `/api/v1/chat/sessions/${session.sessionId}/events`, { token: session.token, signal: controller.signal });
  const reader = response.body!.getReader();
  const decoder = new TextDecoder();
  const events: NamedEvent[] = [];
  let seen = 0;
  void (async () => {
    let buffer = "";
    for (;;) {
      const chunk = await reader.read().catch(() => null);
      if (!chunk || chunk.done) return;
      buffer += decoder.decode(chunk.value, { stream: true });
      let end: number;
      while ((end = buffer.indexOf("\n\n")) >= 0) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        const event = block.match(/^event: (.*)$/m)?.[1];
        const data = block.match(/^data: (.*)$/m)?.[1];
        if (event && data) events.push({ event, data: JSON.parse(data) as Record<string, unknown> });
      }
    }
  })();
  return {
    all: () => events,
    async next(name: string, match: (data: Record<string, unknown>) => boolean = () => true, timeoutMs = 5000) {
      const deadline = Date.now() + timeoutMs;
      while (Date.now() < deadline) {
        const index = events.findIndex((e, i) => i >= seen && e.event === name && match(e.data));
        if (index >= 0) {
          seen = index + 1;
          return events[index]!.data;
        }
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      throw new Error(`no "${name}" event within ${timeoutMs} ms; got ${JSON.stringify(events.map((e) => e.event))}`);
    },
    close: () => controller.abort(),
  };
}

describe("the customer's stream: live queue position, typing and read", () => {
  it("pushes the place in line when it changes: second in line becomes first when the one ahead is accepted", async () => {
    const { sam } = await people();
    await online(sam);
    const first = await queued();
    api.clock.now = new Date(api.clock.now.getTime() + 60_000); // the clock is fixed: a minute later
    const second = await queued();
    const stream = await listen(second);
    try {
      expect(await stream.next("queue")).toMatchObject({ position: 2 });
      const estimateAtTwo = (stream.all().find((e) => e.event === "queue")!.data.estimatedWaitSeconds as number);
      expect(estimateAtTwo).toBeGreaterThan(0);

      const accepted = await inbox(sam, "accept", { conversationId: first.sessionId });
      expect(accepted.status).toBe(200);
      const now = await stream.next("queue");
      expect(now).toMatchObject({ position: 1 });
      expect(now.estimatedWaitSeconds as number).toBeLessThan(estimateAtTwo);
    } finally {
      stream.close();
    }
  });

  it("forwards the agent's typing and read signals, never the customer's own", async () => {
    const { sam } = await people();
    await online(sam);
    const session = await queued();
    const stream = await listen(session);
    try {
      await stream.next("queue"); // subscribed
      const conversationId = session.sessionId;
      await api.runtime.bus.signal(conversationId, { kind: "typing", author: "customer", name: null, typing: true });
      await api.runtime.bus.signal(conversationId, { kind: "typing", author: "agent", name: "Sam", typing: true });
      await api.runtime.bus.signal(conversationId, { kind: "read", author: "agent", seq: 3 });
      expect(await stream.next("typing")).toEqual({ kind: "typing", author: "agent", name: "Sam", typing: true });
      expect(await stream.next("read")).toEqual({ kind: "read", author: "agent", seq: 3 });
      expect(stream.all().filter((e) => e.event === "typing")).toHaveLength(1);
    } finally {
      stream.close();
    }
  });
});
