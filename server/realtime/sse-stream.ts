const HEARTBEAT_MS = 15_000;

export interface SseSession {
  /** Writes raw SSE text; ignored once the stream is closed. */
  write(text: string): void;
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
 * every 15 s, and cleanup when the client aborts or cancels. `open` starts
 * the stream's own work and returns how to stop it.
 */
export function sseStream(signal: AbortSignal, open: (session: SseSession) => SseHandlers): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let handlers: SseHandlers = { unsubscribe: () => {} };
  let heartbeat: ReturnType<typeof setInterval> | undefined;
  const session = { closed: false, write: (_text: string) => {} };
  const stop = () => {
    session.closed = true;
    handlers.unsubscribe();
    clearInterval(heartbeat);
  };

  return new ReadableStream<Uint8Array>({
    start(controller) {
      session.write = (text) => {
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
      session.write(`retry: 2000\n: connected\n\n`);
      handlers = open(session);
      heartbeat = setInterval(() => {
        handlers.onHeartbeat?.();
        session.write(`: keep-alive\n\n`);
      }, HEARTBEAT_MS);
      signal.addEventListener("abort", close);
    },
    cancel: stop,
  });
}
