import "server-only";
import type { DbClient } from "../db/db-client";

export interface ConversationScope {
  workspaceId: string;
  teamId: string | null;
  assigneeId: string | null;
}

const TTL_MS = 2_000;
const recent = new Map<string, { at: number; value: Promise<ConversationScope | null> }>();

/**
 * Whose a conversation is, as of one notification: every inbox stream of the
 * process asks about the same `conversationId:seq`, so one read serves them
 * all (shared for two seconds).
 */
export function conversationScope(db: DbClient, conversationId: string, seq: number): Promise<ConversationScope | null> {
  const key = `${conversationId}:${seq}`;
  const now = Date.now();
  const hit = recent.get(key);
  if (hit && now - hit.at < TTL_MS) return hit.value;
  if (recent.size > 1_000) {
    for (const [k, entry] of recent) if (now - entry.at >= TTL_MS) recent.delete(k);
  }
  const value = db.conversation.findUnique({ where: { id: conversationId }, select: { workspaceId: true, teamId: true, assigneeId: true } });
  recent.set(key, { at: now, value });
  value.catch(() => recent.delete(key));
  return value;
}
