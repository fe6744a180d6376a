import { describe, expect, it } from "vitest";
import type { Runtime } from "@/server/runtime/runtime";
import { acceptConversation } from "@/server/handoff/accept-conversation";
import { sendAgentMessage } from "@/server/handoff/send-agent-message";
import { signalAgentTyping } from "@/server/handoff/signal-agent-typing";
import { markAgentRead } from "@/server/handoff/mark-agent-read";
import { markCustomerRead } from "@/server/conversations/mark-customer-read";
import { signalCustomerTyping } from "@/server/conversations/signal-customer-typing";
import { PostgresEventBus } from "@/server/realtime/postgres-event-bus";
import { inboxEventStream } from "@/server/realtime/inbox-event-stream";
import { setupInbox } from "./inbox-harness";

const t = setupInbox();

/** Reads an SSE stream until `done(text so far)` holds or the time runs out. */
async function readUntil(stream: ReadableStream<Uint8Array>, done: (text: string) => boolean, timeoutMs = 5000) {
  const reader = stream.getReader();
  const decoder = new TextDecoder();
  let text = "";
  const deadline = Date.now() + timeoutMs;
  while (!done(text) && Date.now() < deadline) {
    const chunk = await Promise.race([reader.read(), new Promise<null>((resolve) => setTimeout(() => resolve(null), deadline - Date.now()))]);
    if (!chunk || chunk.done) break;
    text += decoder.decode(chunk.value, { stream: true });
  }
  await reader.cancel().catch(() => {});
  return text;
}

describe("two app instances on one PostgreSQL (LISTEN/NOTIFY)", () => {
  it("the customer on instance A, the agent on instance B: each sees the other live", async () => {
    // Instance B: its own bus (its own LISTEN connection) on the same database.
    const busB = await new PostgresEventBus(t.api.test.database.pool!).start();
    const instanceB: Runtime = { ...t.api.runtime, bus: busB };
    try {
      const { sam } = await t.people();
      await t.online(sam);
      const agentStream = new AbortController();
      const inbox = readUntil(inboxEventStream(instanceB, sam, agentStream.signal), (text) => text.includes("event: change"));
      const session = await t.queued(); // through instance A's API
      expect(await inbox).toContain(`"conversationId":"${session.sessionId}"`);
      agentStream.abort();

      await acceptConversation(instanceB, sam, session.sessionId);
      const customerStream = new AbortController();
      const { lastSeq } = await t.api.test.db.conversation.findUniqueOrThrow({ where: { id: session.sessionId } });
      const customer = await t.api.call("GET", `/api/v1/chat/sessions/${session.sessionId}/events`, {
        token: session.token,
        headers: { "last-event-id": String(lastSeq) },
        signal: customerStream.signal,
      });
      const seen = readUntil(customer.body!, (text) => text.includes("Hello from instance B"));
      await sendAgentMessage(instanceB, sam, { conversationId: session.sessionId, text: "Hello from instance B" });
      expect(await seen).toMatch(/event: message\ndata: .*"author":"agent","text":"Hello from instance B"/);
      customerStream.abort();
    } finally {
      await busB.close();
    }
  });

  it("typing and read signals cross instances: the customer's on A reach the inbox on B, the agent's on B reach the customer on A", async () => {
    const busB = await new PostgresEventBus(t.api.test.database.pool!).start();
    const instanceB: Runtime = { ...t.api.runtime, bus: busB };
    try {
      const { sam } = await t.people();
      await t.online(sam);
      const session = await t.queued();
      const conversation = await t.api.test.db.conversation.findUniqueOrThrow({ where: { id: session.sessionId } });

      const agentStream = new AbortController();
      const inbox = readUntil(inboxEventStream(instanceB, sam, agentStream.signal), (text) => text.includes("event: typing") && text.includes("event: read\n"));
      await new Promise((resolve) => setTimeout(resolve, 100)); // the stream subscribes as it starts
      await signalCustomerTyping(t.api.runtime, conversation, true); // instance A
      await markCustomerRead(t.api.runtime, session.sessionId, conversation.lastSeq);
      const inboxText = await inbox;
      expect(inboxText).toContain(`event: typing\ndata: {"conversationId":"${session.sessionId}","typing":true}`);
      expect(inboxText).toContain(`event: read\ndata: {"conversationId":"${session.sessionId}","seq":${conversation.lastSeq}}`);
      agentStream.abort();

      await acceptConversation(instanceB, sam, session.sessionId);
      const customerStream = new AbortController();
      const customer = await t.api.call("GET", `/api/v1/chat/sessions/${session.sessionId}/events`, { token: session.token, signal: customerStream.signal });
      const seen = readUntil(customer.body!, (text) => text.includes("event: typing") && text.includes("event: read\n"));
      await new Promise((resolve) => setTimeout(resolve, 100));
      await signalAgentTyping(instanceB, sam, { conversationId: session.sessionId, typing: true });
      const { lastSeq } = await t.api.test.db.conversation.findUniqueOrThrow({ where: { id: session.sessionId } });
      await markAgentRead(instanceB, sam, { conversationId: session.sessionId, seq: lastSeq });
      const customerText = await seen;
      expect(customerText).toContain(`event: typing\ndata: {"kind":"typing","author":"agent","name":"Sam Carter","typing":true}`);
      expect(customerText).toContain(`event: read\ndata: {"kind":"read","author":"agent","seq":${lastSeq}}`);
      customerStream.abort();
    } finally {
      await busB.close();
    }
  });
});
