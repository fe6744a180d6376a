import "server-only";
import type { DbClient } from "../db/db-client";

/** A line of a contact's history: when, why it reached a person, how it ended, the rating. */
export interface ContactConversation {
  id: string;
  createdAt: Date;
  status: string;
  channel: string;
  reason: string | null;
  outcome: string | null;
  rating: number | null;
  teamName: string | null;
}

/** A contact's conversations, newest first (all but `exceptId`), in their workspace. */
export async function previousConversations(
  db: DbClient,
  workspaceId: string,
  contactId: string,
  options: { exceptId?: string; take?: number } = {},
): Promise<ContactConversation[]> {
  const rows = await db.conversation.findMany({
    where: { workspaceId, contactId, ...(options.exceptId ? { NOT: { id: options.exceptId } } : {}) },
    orderBy: { createdAt: "desc" },
    take: options.take ?? 100,
    select: {
      id: true,
      createdAt: true,
      status: true,
      channel: true,
      rating: true,
      team: { select: { name: true } },
      handoffs: { orderBy: { requestedAt: "asc" }, select: { reason: true, outcome: true } },
    },
  });
  return rows.map((row) => ({
    id: row.id,
    createdAt: row.createdAt,
    status: row.status,
    channel: row.channel,
    // The first handoff says why the customer needed a person; the last one how it ended.
    reason: row.handoffs[0]?.reason ?? null,
    outcome: row.handoffs.at(-1)?.outcome ?? null,
    rating: row.rating,
    teamName: row.team?.name ?? null,
  }));
}
