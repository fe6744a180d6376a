import type { ConversationStatus, MessageAuthor } from "../db/generated/client";
import { readMessagePayload } from "../realtime/stream-events/message-payload-schema";
import type { ChatStatus, PublicMessage } from "../realtime/stream-events/public-message-schema";

/** A message row as stored (from Prisma or from raw SQL). */
export interface StoredMessage {
  id: string;
  seq: number;
  author: MessageAuthor;
  text: string;
  payload: unknown;
  createdAt: Date;
}

export type { PublicMessage } from "../realtime/stream-events/public-message-schema";

/** A transcript row as customers (and the public API) see it: no internal ids or node names. */
export function publicMessage(message: StoredMessage): PublicMessage {
  const payload = readMessagePayload(message.payload);
  return {
    id: message.id,
    seq: message.seq,
    author: message.author.toLowerCase() as PublicMessage["author"],
    text: message.text,
    ...(payload.choices?.length ? { choices: payload.choices } : {}),
    ...(payload.articles?.length ? { articles: payload.articles } : {}),
    ...(payload.inputKind ? { inputKind: payload.inputKind } : {}),
    ...(payload.agentName ? { agentName: payload.agentName } : {}),
    ...(payload.event === "status" && payload.status ? { status: publicStatus(payload.status, payload.change === "email_follow_up") } : {}),
    createdAt: message.createdAt.toISOString(),
  };
}

/** The status as customers see it: a queued conversation whose customer left for an e-mail reply is `awaiting_email`. */
export const publicStatus = (status: ConversationStatus, awaitingEmail = false): ChatStatus =>
  status === "QUEUED" && awaitingEmail ? "awaiting_email" : (status.toLowerCase() as ChatStatus);
