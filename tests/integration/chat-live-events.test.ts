import { describe, expect, it } from "vitest";
import { collectSse } from "../helpers/collect-sse";
import { setupInbox, type Session } from "./inbox-harness";

const { api, people, online, queued, inbox } = setupInbox();

/** A customer's SSE stream read in the background; `next(name, match)` waits for the next event of that name that matches. */
async function listen(session: Session) {
  const controller = new AbortController();
  const response = await api.call("GET", `/api/v1/chat/sessions/${session.sessionId}/events`, { token: session.token, signal: controller.signal });
  const stream = collectSse(response.body!, controller);
  let seen = 0;
  return {
    all: () => stream.events,
    async next(name: string, match: (data: Record<string, unknown>) => boolean = () => true) {
      const found = () => stream.events.findIndex((e, i) => i >= seen && e.event === name && match(e.data));
      if (!(await stream.waitFor(() => found() >= 0))) throw new Error(`no "${name}" event; got ${JSON.stringify(stream.events.map((e) => e.event))}`);
      seen = found() + 1;
      return stream.events[seen - 1]!.data;
    },
    close: () => stream.close(),
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
      const estimateAtTwo = stream.all().find((e) => e.event === "queue")!.data.estimatedWaitSeconds as number;
      expect(estimateAtTwo).toBeGreaterThan(0);

      const accepted = await inbox(sam, "accept", { conversationId: first.sessionId });
      expect(accepted.status).toBe(200);
      const now = await stream.next("queue");
      expect(now).toMatchObject({ position: 1 });
      expect(now.estimatedWaitSeconds as number).toBeLessThan(estimateAtTwo);
    } finally {
      await stream.close();
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
      await stream.close();
    }
  });
});
