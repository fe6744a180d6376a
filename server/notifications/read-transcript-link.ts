import "server-only";
import { timingSafeEqual } from "node:crypto";
import type { DbClient } from "../db/db-client";
import { readWorkspaceConversation } from "../contacts/read-workspace-conversation";
import { transcriptLinkSettings } from "./transcript-link-settings";
import { transcriptLinkSignature } from "./transcript-link-signature";

/**
 * The conversation behind a webhook's transcript link — the same shape as
 * GET /api/v1/conversations/{id} — or null when the link is not one Tandem
 * signed for this conversation, has expired, or the conversation is gone
 * (deleted with its contact). The caller answers every null alike, so a
 * prober learns nothing about which it was.
 */
export async function readTranscriptLink(db: DbClient, conversationId: string, query: { expires?: string; sig?: string }, now: Date) {
  const { expires, sig } = query;
  if (!expires || !sig || !/^\d{1,12}$/.test(expires) || !/^[A-Za-z0-9_-]{43}$/.test(sig)) return null;
  const expected = Buffer.from(transcriptLinkSignature(transcriptLinkSettings().authSecret, conversationId, Number(expires)));
  if (!timingSafeEqual(expected, Buffer.from(sig))) return null;
  if (Number(expires) * 1000 <= now.getTime()) return null;
  const row = await db.conversation.findUnique({ where: { id: conversationId }, select: { workspaceId: true } });
  if (!row) return null;
  return readWorkspaceConversation(db, row.workspaceId, conversationId).catch(() => null);
}
