import { formatSseFrame, type SseEventShape } from "./stream-events/format-sse-frame";

const HEARTBEAT_MS = 15_000;

/** A stream being served, typed by the events its schema allows (CustomerStreamEvent, InboxStreamEvent). */
export interface SseSession<E extends SseEventShape = SseEventShape> {
  /** Sends one event as an SSE frame (id, event, data); ignored once the stream is closed. */
  send(event: E): void;
  /** Whether the client went away. */
  readonly closed: boolean;
}

export interface SseHandlers {
  /** Undoes what `open` subscribed to. */
  unsubscribe: () => void;
  /** Called with each keep-alive (every 15 s). */
  onHeartbeat?: () => void;
}

/**
 * The plumbing every SSE stream shares: the retry hint, a keep-alive comment
 * every 15 s, frames formatted in one place, and cleanup when the client aborts or cancels. `open` starts
 * the stream's own work and returns how to stop it.
 */
export function sseStream<E extends SseEventShape>(signal: AbortSignal, open: (session: SseSession<E>) => SseHandlers): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let handlers: SseHandlers = { unsubscribe: () => {} };
  let heartbeat: ReturnType<typeof setInterval> | undefined;
  let write = (_text: string) => {};
  const session: SseSession<E> & { closed: boolean } = { closed: false, send: (event) => write(formatSseFrame(event)) };
  const stop = () => {
    session.closed = true;
    handlers.unsubscribe();
    clearInterval(heartbeat);
  };

  return new ReadableStream<Uint8Array>({
    start(controller) {
      write = (text) => {
        if (!session.closed) controller.enqueue(encoder.encode(text));
      };
      const close = () => {
        if (session.closed) return;
        stop();
        try {
          controller.close();
        } catch {
          // already closed by the client
        }
      };
      write(`retry: 2000\n: connected\n\n`);
      handlers = open(session);
      heartbeat = setInterval(() => {
        handlers.onHeartbeat?.();
        write(`: keep-alive\n\n`);
      }, HEARTBEAT_MS);
      signal.addEventListener("abort", close);
    },
    cancel: stop,
  });
}
