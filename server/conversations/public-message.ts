import type { MessageAuthor } from "../db/generated/client";

/** A message row as stored (from Prisma or from raw SQL). */
export interface StoredMessage {
  id: string;
  seq: number;
  author: MessageAuthor;
  text: string;
  payload: unknown;
  createdAt: Date;
}

export interface PublicMessage {
  id: string;
  seq: number;
  author: "customer" | "bot" | "agent" | "system";
  text: string;
  choices?: { id: string; label: string }[];
  articles?: { id: string; title: string; body: string }[];
  inputKind?: string;
  agentName?: string;
  /** On system lines that announce a status change. */
  status?: string;
  createdAt: string;
}

interface Payload {
  event?: string;
  status?: string;
  choices?: PublicMessage["choices"];
  articles?: PublicMessage["articles"];
  inputKind?: string;
  agentName?: string;
}

/** A transcript row as customers (and the public API) see it: no internal ids or node names. */
export function publicMessage(message: StoredMessage): PublicMessage {
  const payload = (message.payload ?? {}) as Payload;
  return {
    id: message.id,
    seq: message.seq,
    author: message.author.toLowerCase() as PublicMessage["author"],
    text: message.text,
    ...(payload.choices?.length ? { choices: payload.choices } : {}),
    ...(payload.articles?.length ? { articles: payload.articles } : {}),
    ...(payload.inputKind ? { inputKind: payload.inputKind } : {}),
    ...(payload.agentName ? { agentName: payload.agentName } : {}),
    ...(payload.event === "status" && payload.status ? { status: publicStatus(payload.status) } : {}),
    createdAt: message.createdAt.toISOString(),
  };
}

export const publicStatus = (status: string) => status.toLowerCase();
