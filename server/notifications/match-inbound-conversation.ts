import "server-only";
import type { DbClient } from "../db/db-client";
import type { InboundEmail } from "./inbound-email-schema";
import { parseFollowUpMessageId } from "./follow-up-message-id";

export interface InboundMatch {
  id: string;
  workspaceId: string;
  followUpEmail: string | null;
}

/**
 * The conversation an inbound e-mail answers: the newest of its In-Reply-To
 * and References that is one of our follow-up Message-IDs
 * (`<conversationId.seq@host>`), else the reference `#XXXXXXXX` in its
 * subject (the id's last 8 characters; among several such conversations, the
 * one waiting on this sender). Any workspace: the caller tells a stranger's
 * (404) from no match at all.
 */
export async function matchInboundConversation(db: DbClient, email: InboundEmail, workspaceId: string): Promise<InboundMatch | null> {
  const select = { id: true, workspaceId: true, followUpEmail: true } as const;
  const ids = [...(email.inReplyTo ?? []), ...[...(email.references ?? [])].reverse()];
  for (const id of ids) {
    const parsed = parseFollowUpMessageId(id);
    if (!parsed) continue;
    const found = await db.conversation.findUnique({ where: { id: parsed.conversationId }, select });
    if (found) return found;
  }
  const reference = /#([A-Za-z0-9]{8})\b/.exec(email.subject)?.[1];
  if (!reference) return null;
  const candidates = await db.conversation.findMany({
    where: { id: { endsWith: reference, mode: "insensitive" }, followUpEmail: { not: null } },
    select,
    orderBy: { createdAt: "desc" },
    take: 20,
  });
  const ours = candidates.filter((row) => row.workspaceId === workspaceId);
  return ours.find((row) => row.followUpEmail?.toLowerCase() === email.from) ?? ours[0] ?? candidates[0] ?? null;
}
