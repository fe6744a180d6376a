export interface TimelineMessage {
  seq: number;
  author: "customer" | "bot" | "agent" | "system";
  text: string;
  agentName: string | null;
  /** The e-mail copy of an agent's reply to an e-mail follow-up. */
  email?: { to: string; state: "sending" | "sent" | "failed"; error?: string } | null;
  /** A customer's message that came as an answer to a follow-up e-mail. */
  viaEmail?: boolean;
  createdAt: Date;
}

export interface TimelineNote {
  id: string;
  authorName: string | null;
  text: string;
  createdAt: Date;
}

export type TimelineEntry = { kind: "message"; key: string; at: Date; message: TimelineMessage } | { kind: "note"; key: string; at: Date; note: TimelineNote };

/**
 * Messages and internal notes in one list by time. Messages keep their
 * sequence order even if two share a timestamp; a note written at the same
 * moment as a message comes after it (it was written about what was said).
 */
export function buildTimeline(messages: readonly TimelineMessage[], notes: readonly TimelineNote[]): TimelineEntry[] {
  const entries: (TimelineEntry & { order: number })[] = [
    ...[...messages]
      .sort((a, b) => a.seq - b.seq)
      .map((message, index) => ({ kind: "message" as const, key: `m${message.seq}`, at: message.createdAt, message, order: index * 2 })),
    ...notes.map((note) => ({ kind: "note" as const, key: `n${note.id}`, at: note.createdAt, note, order: Number.MAX_SAFE_INTEGER })),
  ];
  return entries.sort((a, b) => a.at.getTime() - b.at.getTime() || a.order - b.order).map(({ order: _order, ...entry }) => entry as TimelineEntry);
}
