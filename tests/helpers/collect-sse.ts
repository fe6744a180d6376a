import { customerStreamEventSchema } from "@/server/realtime/stream-events/customer-stream-event";
import { inboxStreamEventSchema } from "@/server/realtime/stream-events/inbox-stream-event";

/** An SSE event as a test sees it. */
export interface SseEvent {
  id: string | null;
  event: string;
  data: Record<string, unknown>;
}

/** Whether a frame fits one of the streams' schemas (the clients parse with the same ones). */
function fitsAStream({ id, event, data }: SseEvent): boolean {
  const frame = { event, data, ...(id === null ? {} : { id: Number(id) }) };
  return customerStreamEventSchema.safeParse(frame).success || inboxStreamEventSchema.safeParse(frame).success;
}

/**
 * Reads an SSE body in the background into a list of events (JSON data), for tests of the customer and inbox
 * streams. Every frame must fit its stream's schema: `close()` fails the test on one that does not.
 */
export function collectSse(body: ReadableStream<Uint8Array>, controller: AbortController) {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  const events: SseEvent[] = [];
  const unfit: SseEvent[] = [];
  const reading = (async () => {
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
        if (!event || !data) continue;
        const received: SseEvent = { id: block.match(/^id: (.*)$/m)?.[1] ?? null, event, data: JSON.parse(data) as Record<string, unknown> };
        if (!fitsAStream(received)) unfit.push(received);
        events.push(received);
      }
    }
  })();
  return {
    events,
    of: (name: string) => events.filter((e) => e.event === name),
    async waitFor(predicate: (events: SseEvent[]) => boolean, timeoutMs = 5000) {
      const deadline = Date.now() + timeoutMs;
      while (!predicate(events) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
      return predicate(events);
    },
    /** Waits long enough for a wrongly delivered event to have arrived. */
    settle: () => new Promise((resolve) => setTimeout(resolve, 300)),
    async close() {
      controller.abort();
      await reader.cancel().catch(() => {});
      await reading;
      if (unfit.length) throw new Error(`frames that fit no stream schema: ${JSON.stringify(unfit)}`);
    },
  };
}
