import type { Runtime } from "../runtime/runtime";
import { markCustomerSeen } from "../conversations/mark-customer-seen";
import { readTranscript, TRANSCRIPT_PAGE } from "../conversations/read-transcript";
import { queueWatcherFor } from "./queue-watcher";
import { sseStream } from "./sse-stream";
import type { CustomerStreamEvent } from "./stream-events/customer-stream-event";

/**
 * An SSE stream of a conversation's messages after `lastEventId` (the
 * message seq): first what was missed, then each new message as the bus
 * announces it, always read from the database — so reconnecting with the
 * last id gives no gap and no duplicate. Besides, without ids (nothing to
 * resume): `typing` and `read` from the agent, and `queue` — the customer's
 * place in line and wait estimate — whenever they change while queued.
 */
export function conversationEventStream(runtime: Runtime, conversationId: string, lastEventId: number, signal: AbortSignal): ReadableStream<Uint8Array> {
  let sent = lastEventId;
  let pumping = false;
  let again = false;
  return sseStream<CustomerStreamEvent>(signal, (session) => {
    // Only while queued (as of the latest read) does the stream ask the queue watcher for its place in line.
    let unwatch: (() => void) | null = null;
    const watchQueue = (queued: boolean) => {
      if (queued && !unwatch && !session.closed) {
        unwatch = queueWatcherFor(runtime).watch(conversationId, (status) => session.send({ event: "queue", data: status }));
      } else if (!queued && unwatch) {
        unwatch();
        unwatch = null;
      }
    };
    const pump = async () => {
      if (pumping) {
        again = true;
        return;
      }
      pumping = true;
      try {
        let full = false;
        do {
          again = false;
          const { status, messages } = await readTranscript(runtime.db, conversationId, sent);
          watchQueue(status === "queued");
          for (const message of messages) {
            session.send({ event: "message", id: message.seq, data: message });
            sent = message.seq;
          }
          full = messages.length === TRANSCRIPT_PAGE; // more to read (a long conversation resumed from the start)
        } while ((again || full) && !session.closed);
      } catch (error) {
        runtime.log("error", "event stream read failed", { conversationId, error: String(error) });
      } finally {
        pumping = false;
      }
    };
    const unsubscribers = [
      runtime.bus.subscribe(conversationId, (seq) => {
        if (seq > sent) void pump();
      }),
      runtime.bus.subscribeSignals(conversationId, (signal) => {
        if (signal.author !== "agent") return;
        if (signal.kind === "typing") session.send({ event: "typing", data: signal });
        else session.send({ event: "read", data: signal });
      }),
    ];
    void pump();
    // An open chat window is a customer still waiting (analytics: abandonment, server/jobs/sweep-abandoned-queue.ts).
    void markCustomerSeen(runtime, conversationId);
    return {
      onHeartbeat: () => {
        if (unwatch) void markCustomerSeen(runtime, conversationId); // only while queued (the queue watcher runs then)
      },
      unsubscribe: () => {
        unsubscribers.forEach((stop) => stop());
        watchQueue(false);
      },
    };
  });
}
