import "server-only";
import { publicStatus } from "../conversations/public-message";
import type { DbClient } from "../db/db-client";

/**
 * What every conversation webhook carries: the conversation, its status and
 * team, its contact's id, and its latest handoff (with its workspace and assignee, for the caller) (kind, reason). Never the
 * customer's token, name or messages: receivers fetch what they need with an API token.
 */
export async function conversationEventData(db: DbClient, conversationId: string) {
  const conversation = await db.conversation.findUniqueOrThrow({
    where: { id: conversationId },
    select: {
      id: true,
      workspaceId: true,
      status: true,
      channel: true,
      contactId: true,
      team: { select: { id: true, name: true } },
      assignee: { select: { id: true, name: true } },
      handoffs: { orderBy: { requestedAt: "desc" }, take: 1, select: { id: true, kind: true, reason: true } },
    },
  });
  const handoff = conversation.handoffs[0];
  const data = {
    conversationId: conversation.id,
    status: publicStatus(conversation.status),
    channel: conversation.channel.toLowerCase(),
    // The contact's id only (null while anonymous): their name, e-mail and transcript are read with an API token (GET /api/v1/contacts/{id}).
    contactId: conversation.contactId,
    team: conversation.team,
    ...(handoff ? { handoffId: handoff.id, kind: handoff.kind.toLowerCase(), reason: handoff.reason } : {}),
  };
  return { workspaceId: conversation.workspaceId, assignee: conversation.assignee, data };
}
