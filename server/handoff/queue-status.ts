import type { PrismaClient } from "../db/generated/client";

/** Assumed handle time until a team has history of its own. */
const DEFAULT_HANDLE_SECONDS = 240;

export interface QueueStatus {
  position: number;
  estimatedWaitSeconds: number;
}

/**
 * Where a queued conversation stands: its place among the team's queued
 * conversations (higher priority first, then oldest), and a wait estimate of
 * position × the team's median handle time over its last 50 handoffs ÷ the
 * agents online (at least one).
 */
export async function queueStatus(db: PrismaClient, conversation: { id: string; workspaceId: string; teamId: string | null; priority: number; queuedAt: Date | null }): Promise<QueueStatus | null> {
  if (!conversation.queuedAt) return null;
  const ahead = await db.conversation.count({
    where: {
      workspaceId: conversation.workspaceId,
      teamId: conversation.teamId,
      status: "QUEUED",
      id: { not: conversation.id },
      OR: [{ priority: { gt: conversation.priority } }, { priority: conversation.priority, queuedAt: { lt: conversation.queuedAt } }],
    },
  });
  const position = ahead + 1;
  const [recent, online] = await Promise.all([
    db.handoff.findMany({
      where: { teamId: conversation.teamId, acceptedAt: { not: null }, resolvedAt: { not: null } },
      orderBy: { resolvedAt: "desc" },
      take: 50,
      select: { acceptedAt: true, resolvedAt: true },
    }),
    conversation.teamId
      ? db.teamMember.count({ where: { teamId: conversation.teamId, membership: { presence: "ONLINE" } } })
      : Promise.resolve(0),
  ]);
  const durations = recent.map((h) => (h.resolvedAt!.getTime() - h.acceptedAt!.getTime()) / 1000).sort((a, b) => a - b);
  const handle = durations.length ? durations[Math.floor(durations.length / 2)]! : DEFAULT_HANDLE_SECONDS;
  return { position, estimatedWaitSeconds: Math.round((position * handle) / Math.max(1, online)) };
}
