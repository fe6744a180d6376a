import type { Runtime } from "../conversations/runtime";
import { readTranscript } from "../conversations/read-transcript";

const HEARTBEAT_MS = 15_000;

/**
 * An SSE stream of a conversation's messages after `lastEventId` (the
 * message seq): first what was missed, then each new message as the bus
 * announces it, always read from the database — so reconnecting with the
 * last id gives no gap and no duplicate.
 */
export function conversationEventStream(runtime: Runtime, conversationId: string, lastEventId: number, signal: AbortSignal): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let sent = lastEventId;
  let pumping = false;
  let again = false;
  let closed = false;
  let unsubscribe = () => {};
  let heartbeat: ReturnType<typeof setInterval> | undefined;

  return new ReadableStream<Uint8Array>({
    start(controller) {
      const write = (text: string) => {
        if (!closed) controller.enqueue(encoder.encode(text));
      };
      const close = () => {
        if (closed) return;
        closed = true;
        unsubscribe();
        clearInterval(heartbeat);
        try {
          controller.close();
        } catch {
          // already closed by the client
        }
      };
      const pump = async () => {
        if (pumping) {
          again = true;
          return;
        }
        pumping = true;
        try {
          do {
            again = false;
            const { messages } = await readTranscript(runtime.db, conversationId, sent);
            for (const message of messages) {
              write(`id: ${message.seq}\nevent: message\ndata: ${JSON.stringify(message)}\n\n`);
              sent = message.seq;
            }
          } while (again && !closed);
        } catch (error) {
          runtime.log("error", "event stream read failed", { conversationId, error: String(error) });
        } finally {
          pumping = false;
        }
      };
      write(`retry: 2000\n: connected\n\n`);
      unsubscribe = runtime.bus.subscribe(conversationId, (seq) => {
        if (seq > sent) void pump();
      });
      heartbeat = setInterval(() => write(`: keep-alive\n\n`), HEARTBEAT_MS);
      signal.addEventListener("abort", close);
      void pump();
    },
    cancel() {
      closed = true;
      unsubscribe();
      clearInterval(heartbeat);
    },
  });
}
