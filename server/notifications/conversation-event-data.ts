import "server-only";
import { publicStatus } from "../conversations/public-message";
import type { DbClient } from "../db/db-client";

/**
 * What every conversation webhook carries: the conversation, its status and
 * team, its contact's id, and its latest handoff (kind, reason) — with its
 * workspace and assignee, for the caller. Never the customer's token. The
 * handoff and resolve events add the context package and the transcript
 * (context-event-fields.ts).
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
    // null while anonymous; the handoff and resolve events carry the contact itself in context.contact.
    contactId: conversation.contactId,
    team: conversation.team,
    ...(handoff ? { handoffId: handoff.id, kind: handoff.kind.toLowerCase(), reason: handoff.reason } : {}),
  };
  return { workspaceId: conversation.workspaceId, assignee: conversation.assignee, data };
}
