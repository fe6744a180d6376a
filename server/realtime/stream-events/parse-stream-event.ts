import type { z } from "zod";

type StreamSchema = z.ZodDiscriminatedUnion<z.ZodObject<{ event: z.ZodLiteral<string> }>[], "event">;

/** The event names a stream's schema knows: what a client listens for (an EventSource delivers only named events it listens to). */
export function streamEventNames(schema: StreamSchema): string[] {
  return schema.options.map((option) => option.shape.event.value);
}

/**
 * Reads one received SSE event with its stream's schema. Unknown event names
 * give null quietly (a newer server may send more); a known event whose data
 * does not fit gives null and a warning — a client never crashes on a frame.
 */
export function parseStreamEvent<S extends StreamSchema>(
  schema: S,
  frame: { event: string; data: string; lastEventId?: string },
  warn: (message: string, detail: unknown) => void = (message, detail) => console.warn(message, detail),
): z.infer<S> | null {
  if (!streamEventNames(schema).includes(frame.event)) return null;
  let data: unknown;
  try {
    data = JSON.parse(frame.data);
  } catch {
    warn(`Ignored a "${frame.event}" event whose data is not JSON`, frame.data);
    return null;
  }
  const id = frame.lastEventId && /^\d{1,15}$/.test(frame.lastEventId) ? Number(frame.lastEventId) : undefined;
  const parsed = schema.safeParse({ event: frame.event, data, ...(id === undefined ? {} : { id }) });
  if (!parsed.success) {
    warn(`Ignored a malformed "${frame.event}" event`, parsed.error.issues);
    return null;
  }
  return parsed.data;
}
