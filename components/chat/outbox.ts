import type { ChatMessage } from "./chat-message";

/** What a customer message carries: typed text, or the id of a pressed choice. */
export type OutboxBody = { text: string } | { choice: string };

/**
 * - `sending`: the POST is under way
 * - `waiting`: offline, or the POST failed on the network; sent again when the connection is back
 * - `sent`: the server has it; shown until its stored copy arrives (the POST reply does not echo it)
 */
export type OutboxState = "sending" | "waiting" | "sent";

/** A customer message on its way to the server. */
export interface OutboxItem {
  /** The same id on every attempt, so a resend after a lost reply is not stored twice. */
  clientMessageId: string;
  body: OutboxBody;
  /** What the log shows meanwhile: the text, or the pressed choice's label (which is what the server stores). */
  echo: string;
  /** The newest seq known when it was written: its stored copy comes after this. */
  afterSeq: number;
  state: OutboxState;
}

/** A fresh clientMessageId; crypto.randomUUID exists only on secure origins, and a self-hosted demo may be plain http. */
export function newClientMessageId(): string {
  if (typeof crypto !== "undefined" && typeof crypto.randomUUID === "function") return crypto.randomUUID();
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 12)}`;
}

export const outboxStorageKey = (sessionId: string) => `tandem:outbox:${sessionId}`;

const isBody = (body: unknown): body is OutboxBody =>
  typeof body === "object" &&
  body !== null &&
  (typeof (body as { text?: unknown }).text === "string" || typeof (body as { choice?: unknown }).choice === "string");

/**
 * Reads a stored outbox, dropping anything malformed (storage is user-editable).
 * A message that was `sending` when the page closed is `waiting` now: the
 * tab that was sending it is gone, so whether it arrived is unknown — the
 * same clientMessageId makes sending it again safe.
 */
export function parseOutbox(raw: string | null): OutboxItem[] {
  if (!raw) return [];
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return [];
  }
  if (!Array.isArray(parsed)) return [];
  return parsed.flatMap((entry: Partial<OutboxItem>) =>
    entry && typeof entry.clientMessageId === "string" && typeof entry.echo === "string" && typeof entry.afterSeq === "number" && isBody(entry.body)
      ? [{ clientMessageId: entry.clientMessageId, body: entry.body, echo: entry.echo, afterSeq: entry.afterSeq, state: "waiting" as const }]
      : [],
  );
}

/** What to keep across a reload: only messages the server has not confirmed. */
export function serializeOutbox(items: readonly OutboxItem[]): string | null {
  const unsent = items.filter((item) => item.state !== "sent");
  return unsent.length ? JSON.stringify(unsent) : null;
}

/**
 * Drops the messages whose stored copy is now in the transcript: each item
 * claims the first customer message after its `afterSeq` with the same text,
 * one-to-one and in order (messages go out one at a time, so they are stored
 * in the order written). A later item can only be stored after an earlier
 * one, so a match moves the later items' `afterSeq` past it, and a `sent`
 * item before a matched one is delivered too (even if the server stored a
 * different text, e.g. an unknown choice id). Returns `items` itself when
 * nothing changed.
 */
export function reconcileOutbox(items: readonly OutboxItem[], messages: readonly ChatMessage[]): readonly OutboxItem[] {
  if (!items.length) return items;
  const customer = messages.filter((message) => message.author === "customer");
  const claimed = new Set<number>();
  const keep: OutboxItem[] = [];
  let floor = 0;
  let changed = false;
  for (const item of items) {
    const afterSeq = Math.max(item.afterSeq, floor);
    const match = customer.find((message) => message.seq > afterSeq && !claimed.has(message.seq) && message.text === item.echo);
    if (match) {
      claimed.add(match.seq);
      floor = match.seq;
      changed = true;
      // Everything already confirmed before this one has been stored before it.
      for (let index = keep.length - 1; index >= 0; index--) if (keep[index]!.state === "sent") keep.splice(index, 1);
      continue;
    }
    if (afterSeq !== item.afterSeq) changed = true;
    keep.push(afterSeq === item.afterSeq ? item : { ...item, afterSeq });
  }
  return changed ? keep : items;
}
