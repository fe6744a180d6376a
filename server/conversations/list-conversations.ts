import type { ConversationStatus } from "../db/generated/client";
import type { DbClient } from "../db/db-client";

/** The workspace's conversations, newest first (at most 200), optionally by status. */
export async function listConversations(db: DbClient, workspaceId: string, status?: string) {
  const rows = await db.conversation.findMany({
    where: { workspaceId, channel: { not: "PREVIEW" }, ...(status ? { status: status.toUpperCase() as ConversationStatus } : {}) },
    orderBy: { updatedAt: "desc" },
    take: 200,
    include: { flow: { select: { name: true, slug: true } }, team: { select: { name: true } }, flowVersion: { select: { number: true } } },
  });
  return rows.map((c) => ({
    id: c.id,
    status: c.status.toLowerCase(),
    channel: c.channel.toLowerCase(),
    flow: { name: c.flow.name, slug: c.flow.slug, version: c.flowVersion.number },
    team: c.team?.name ?? null,
    createdAt: c.createdAt.toISOString(),
    updatedAt: c.updatedAt.toISOString(),
  }));
}
