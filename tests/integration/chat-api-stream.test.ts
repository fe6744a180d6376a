import { describe, expect, it } from "vitest";
import type { PublicMessage } from "@/server/realtime/stream-events/public-message-schema";
import type { TurnResponse } from "@/server/realtime/stream-events/turn-response-schema";
import { setupApi } from "../helpers/api-harness";

const api = setupApi();

interface Started {
  sessionId: string;
  token: string;
}
interface SseEvent {
  id: number;
  data: PublicMessage;
}

/** Reads SSE events from a response until `count` arrived (or the time runs out). */
async function readEvents(response: Response, count: number, timeoutMs = 5000): Promise<SseEvent[]> {
  const reader = response.body!.getReader();
  const decoder = new TextDecoder();
  const events: SseEvent[] = [];
  let buffer = "";
  const deadline = Date.now() + timeoutMs;
  while (events.length < count && Date.now() < deadline) {
    const chunk = await Promise.race([reader.read(), new Promise<null>((resolve) => setTimeout(() => resolve(null), deadline - Date.now()))]);
    if (!chunk || chunk.done) break;
    buffer += decoder.decode(chunk.value, { stream: true });
    let end: number;
    while ((end = buffer.indexOf("\n\n")) >= 0) {
      const block = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      const id = block.match(/^id: (\d+)$/m)?.[1];
      const data = block.match(/^data: (.*)$/m)?.[1];
      if (id && data) events.push({ id: Number(id), data: JSON.parse(data) });
    }
  }
  await reader.cancel();
  return events;
}

async function start() {
  return (await api.json<Started>("POST", "/api/v1/chat/acme/sessions")).body;
}

describe("customer event stream (SSE)", () => {
  it("sends what was missed, then new messages live; Last-Event-ID resumes without gaps or duplicates", async () => {
    await api.test.db.membership.updateMany({ where: { user: { email: "sam@acme.test" } }, data: { presence: "ONLINE" } });
    const session = await start();
    const controller = new AbortController();
    const stream = await api.call("GET", `/api/v1/chat/sessions/${session.sessionId}/events`, { token: session.token, signal: controller.signal });
    expect(stream.headers.get("content-type")).toContain("text/event-stream");
    const reading = readEvents(stream, 4);
    await api.json("POST", `/api/v1/chat/sessions/${session.sessionId}/handoff`, { token: session.token });
    const first = await reading;
    controller.abort();
    expect(first.map((e) => e.id)).toEqual([1, 2, 3, 4]);
    expect(first.at(-1)!.data).toMatchObject({ author: "system", status: "queued" });

    // Disconnected: the customer writes twice (e.g. from another tab), then reconnects with the last id it saw.
    for (const [i, text] of ["are you there?", "hello"].entries()) {
      await api.json("POST", `/api/v1/chat/sessions/${session.sessionId}/messages`, { token: session.token, body: { clientMessageId: `m${i}`, text } });
    }
    const resumed = await readEvents(
      await api.call("GET", `/api/v1/chat/sessions/${session.sessionId}/events`, { token: session.token, headers: { "last-event-id": "3" } }),
      3,
    );
    expect(resumed.map((e) => e.id)).toEqual([4, 5, 6]);
    expect(resumed.map((e) => e.data.text).slice(1)).toEqual(["are you there?", "hello"]);
  });

  it("accepts the token as a query parameter (EventSource cannot send headers) and refuses a wrong one", async () => {
    const session = await start();
    const other = await start();
    const ok = await api.call("GET", `/api/v1/chat/sessions/${session.sessionId}/events?token=${encodeURIComponent(session.token)}`);
    expect((await readEvents(ok, 2)).map((e) => e.id)).toEqual([1, 2]);
    const wrong = await api.call("GET", `/api/v1/chat/sessions/${session.sessionId}/events?token=${encodeURIComponent(other.token)}`);
    expect(wrong.status).toBe(403);
  });
});

describe("publishing and the runtime", () => {
  it("a long conversation resumed from the start arrives whole, past the 1,000 messages one read returns", async () => {
    const session = await start();
    const { lastSeq } = await api.test.db.conversation.findUniqueOrThrow({ where: { id: session.sessionId } });
    const extra = 1_205;
    await api.test.db.message.createMany({
      data: Array.from({ length: extra }, (_, i) => ({
        conversationId: session.sessionId,
        seq: lastSeq + i + 1,
        author: "CUSTOMER" as const,
        text: `line ${i + 1}`,
      })),
    });
    await api.test.db.conversation.update({ where: { id: session.sessionId }, data: { lastSeq: lastSeq + extra } });
    const events = await readEvents(
      await api.call("GET", `/api/v1/chat/sessions/${session.sessionId}/events`, { token: session.token }),
      lastSeq + extra,
      15_000,
    );
    expect(events.map((e) => e.id)).toEqual(Array.from({ length: lastSeq + extra }, (_, i) => i + 1));
    expect(events.at(-1)!.data).toMatchObject({ seq: lastSeq + extra, author: "customer", text: `line ${extra}` });
  });

  it("publishing a new version never breaks a running conversation: it keeps its pinned version", async () => {
    const before = await start();
    const flow = await api.test.db.flow.findUniqueOrThrow({ where: { slug: "acme" } });
    const draft = flow.draft as { nodes: { id: string; data: Record<string, unknown> }[] };
    draft.nodes.find((n) => n.id === "understand")!.data.text = "How can I help? (v2)";
    await api.test.db.flow.update({ where: { id: flow.id }, data: { draft: draft as never } });
    const { publishFlow } = await import("@/server/flows/publish-flow");
    expect(await publishFlow(api.test.db, flow.workspaceId, flow.id, null)).toMatchObject({ version: 2 });

    const after = await start();
    const greetingOf = async (id: string, token: string) =>
      (await api.json<{ messages: { text: string }[] }>("GET", `/api/v1/chat/sessions/${id}`, { token })).body.messages[1]!.text;
    expect(await greetingOf(before.sessionId, before.token)).toBe("What can I help you with today?");
    expect(await greetingOf(after.sessionId, after.token)).toBe("How can I help? (v2)");
    const reply = await api.json<TurnResponse>("POST", `/api/v1/chat/sessions/${before.sessionId}/messages`, {
      token: before.token,
      body: { clientMessageId: "a", text: "reset my password" },
    });
    expect(reply.status).toBe(200);
    expect(reply.body.messages[0]!.text).toContain("How to reset your password");
  });

  it("a published flow that would spin is ended by the step budget with a closing message", async () => {
    const workspace = await api.test.db.workspace.findFirstOrThrow();
    const document = {
      version: 1,
      nodes: [
        { id: "s", type: "start", position: { x: 0, y: 0 }, data: {} },
        { id: "a", type: "set_variable", position: { x: 0, y: 0 }, data: { variable: "x", value: "1" } },
        { id: "b", type: "set_variable", position: { x: 0, y: 0 }, data: { variable: "y", value: "2" } },
      ],
      edges: [
        { id: "1", source: "s", sourceHandle: "next", target: "a" },
        { id: "2", source: "a", sourceHandle: "next", target: "b" },
        { id: "3", source: "b", sourceHandle: "next", target: "a" },
      ],
    };
    // Written straight to the database: publishing would refuse it.
    const flow = await api.test.db.flow.create({ data: { workspaceId: workspace.id, name: "Loop", slug: "loop", draft: document } });
    const version = await api.test.db.flowVersion.create({ data: { flowId: flow.id, number: 1, document } });
    await api.test.db.flow.update({ where: { id: flow.id }, data: { publishedVersionId: version.id } });
    const started = await api.json<TurnResponse>("POST", "/api/v1/chat/loop/sessions");
    expect(started.status).toBe(201);
    expect(started.body.status).toBe("resolved");
    expect(started.body.messages.at(-1)!.text).toMatch(/something went wrong on our side/);
    expect(await api.test.db.event.count({ where: { type: "step_budget_exceeded" } })).toBe(1);
  });
});
