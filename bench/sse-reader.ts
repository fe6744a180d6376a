// A minimal SSE client over fetch for the benchmarks (hundreds of streams, no EventSource).

export interface SseEvent {
  event: string;
  data: string;
  receivedAt: number;
}

/** Opens an SSE stream and calls `onEvent` per event until `signal` aborts. Resolves once connected. */
export async function openSse(url: string, headers: Record<string, string>, signal: AbortSignal, onEvent: (event: SseEvent) => void): Promise<void> {
  const response = await fetch(url, { headers: { accept: "text/event-stream", ...headers }, signal });
  if (!response.ok || !response.body) throw new Error(`${url}: ${response.status}`);
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  void (async () => {
    let buffer = "";
    try {
      for (;;) {
        const { value, done } = await reader.read();
        if (done) return;
        buffer += value;
        let end: number;
        while ((end = buffer.indexOf("\n\n")) >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          let event = "message";
          const data: string[] = [];
          for (const line of block.split("\n")) {
            if (line.startsWith("event:")) event = line.slice(6).trim();
            else if (line.startsWith("data:")) data.push(line.slice(5).trim());
          }
          if (data.length) onEvent({ event, data: data.join("\n"), receivedAt: performance.now() });
        }
      }
    } catch {
      // aborted
    }
  })();
}
