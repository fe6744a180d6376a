import "server-only";
import type { DbClient } from "../db/db-client";
import { DomainError } from "../errors";

const MAX_MESSAGES = 1000;

/**
 * GET /api/v1/conversations/{id}: one conversation of the token's workspace
 * for a helpdesk or a script — who the customer is, the context package of
 * its latest handoff, and the transcript. Another workspace's is NOT_FOUND.
 */
export async function readWorkspaceConversation(db: DbClient, workspaceId: string, conversationId: string) {
  const row = await db.conversation.findFirst({
    where: { id: conversationId, workspaceId, channel: { not: "PREVIEW" } },
    include: {
      flow: { select: { name: true, slug: true } },
      team: { select: { name: true } },
      assignee: { select: { name: true } },
      contact: { select: { id: true, externalId: true, name: true, email: true, attributes: true, verified: true } },
      handoffs: { orderBy: { requestedAt: "desc" }, take: 1, select: { reason: true, outcome: true, requestedAt: true, acceptedAt: true, context: true } },
      messages: {
        orderBy: { seq: "asc" },
        take: MAX_MESSAGES,
        select: { seq: true, author: true, text: true, createdAt: true, agent: { select: { name: true } } },
      },
    },
  });
  if (!row) throw new DomainError("NOT_FOUND", "There is no conversation with this id in your workspace.");
  const handoff = row.handoffs[0];
  return {
    id: row.id,
    status: row.status.toLowerCase(),
    channel: row.channel.toLowerCase(),
    flow: row.flow,
    team: row.team?.name ?? null,
    assignee: row.assignee?.name ?? null,
    customer: { name: row.customerName, email: row.customerEmail },
    contact: row.contact,
    rating: row.rating,
    handoff: handoff
      ? { reason: handoff.reason, outcome: handoff.outcome, requestedAt: handoff.requestedAt, acceptedAt: handoff.acceptedAt, context: handoff.context }
      : null,
    messages: row.messages.map((m) => ({ seq: m.seq, author: m.author.toLowerCase(), text: m.text, agentName: m.agent?.name ?? null, createdAt: m.createdAt })),
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}
