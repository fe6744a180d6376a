import type { PublicMessage } from "@/server/realtime/stream-events/public-message-schema";

/** A message as the public chat API sends it. */
export type ChatMessage = PublicMessage;

/** The conversation statuses of the public API. */
export type { ChatStatus } from "@/server/realtime/stream-events/public-message-schema";

/** Statuses after which the customer cannot write any more. */
export const ENDED_STATUSES: readonly string[] = ["resolved", "abandoned", "callback_scheduled"];

/**
 * Adds messages by seq, once each, in order (POST replies and the SSE stream
 * overlap). A stored copy replaces what is there; with `onlyMissing` (a
 * stand-in built on the client) it never replaces a stored one.
 */
export function mergeMessages(current: ChatMessage[], incoming: readonly ChatMessage[], onlyMissing = false): ChatMessage[] {
  if (!incoming.length) return current;
  const bySeq = new Map(current.map((message) => [message.seq, message]));
  let changed = false;
  for (const message of incoming) {
    if (onlyMissing && bySeq.has(message.seq)) continue;
    bySeq.set(message.seq, message);
    changed = true;
  }
  return changed ? [...bySeq.values()].sort((a, b) => a.seq - b.seq) : current;
}

/** The highest seq known (0 for none): where an SSE stream resumes. */
export const lastSeqOf = (messages: readonly ChatMessage[]) => messages.at(-1)?.seq ?? 0;

/**
 * The customer's own message, built from a POST reply: the server stores it
 * just before the replies (one seq earlier) but does not send it back, and
 * the stream may bring it later. Null when there are no replies to place it by.
 */
export function customerStandIn(replies: readonly ChatMessage[], text: string, clientMessageId: string): ChatMessage | null {
  const first = replies[0];
  if (!first || first.seq < 2) return null;
  return { id: `local-${clientMessageId}`, seq: first.seq - 1, author: "customer", text, createdAt: first.createdAt };
}

/** Whether the customer answered a rating question in the chat itself (the flow's end step asks one). */
export function ratedInChat(messages: readonly ChatMessage[]): boolean {
  const asked = messages.findLastIndex((message) => message.author === "bot" && message.inputKind === "rating");
  return asked >= 0 && messages.slice(asked + 1).some((message) => message.author === "customer");
}
