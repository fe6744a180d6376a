import type { PublicMessage } from "@/server/conversations/public-message";

/** A message as the public chat API sends it. */
export type ChatMessage = PublicMessage;

/** Adds messages by seq, once each, in order (POST replies and the SSE stream overlap). */
export function mergeMessages(current: ChatMessage[], incoming: ChatMessage[]): ChatMessage[] {
  const bySeq = new Map(current.map((message) => [message.seq, message]));
  for (const message of incoming) bySeq.set(message.seq, message);
  return [...bySeq.values()].sort((a, b) => a.seq - b.seq);
}
