/** The customer's place in line as the server reports it (POST replies' `handoff`, and SSE `queue` events). */
export interface QueueStatus {
  position: number;
  estimatedWaitSeconds: number;
}

/** "about 4 min", "about 1 h 20 min": never "0 min", which reads as a promise. */
export function describeWait(seconds: number): string {
  const minutes = Math.max(1, Math.round(seconds / 60));
  if (minutes < 60) return `about ${minutes} min`;
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return rest ? `about ${hours} h ${rest} min` : `about ${hours} h`;
}

/** "You're number 2 in line · about 8 min". */
export function describeQueue(queue: QueueStatus): string {
  const position = Math.max(1, Math.floor(queue.position));
  return `You're number ${position} in line · ${describeWait(queue.estimatedWaitSeconds)}`;
}

/** Reads a `queue` SSE payload; null when it is not one (the stream is another team's code — trust nothing). */
export function parseQueueStatus(data: unknown): QueueStatus | null {
  if (typeof data !== "object" || data === null) return null;
  const { position, estimatedWaitSeconds } = data as Record<string, unknown>;
  if (typeof position !== "number" || !Number.isFinite(position) || typeof estimatedWaitSeconds !== "number" || !Number.isFinite(estimatedWaitSeconds))
    return null;
  return { position, estimatedWaitSeconds };
}
