import { queueStatusSchema, type QueueStatus } from "@/server/realtime/stream-events/queue-status-schema";

export type { QueueStatus };

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
  const parsed = queueStatusSchema.safeParse(data);
  return parsed.success ? parsed.data : null;
}
