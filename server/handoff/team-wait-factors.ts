import type { DbClient } from "../db/db-client";

/** Assumed handle time until a team has history of its own. */
const DEFAULT_HANDLE_SECONDS = 240;

export interface WaitFactors {
  /** The team's median handle time (accepted → resolved) over its last 50 handoffs. */
  handleSeconds: number;
  /** Conversations the team's online agents can hold at once: the sum of their capacities (an agent handles several in parallel). */
  seats: number;
}

/** What a team's wait estimate is made of (docs/api.md, "Queue position and wait estimate"). */
export async function teamWaitFactors(db: DbClient, teamId: string | null): Promise<WaitFactors> {
  const [recent, seats] = await Promise.all([
    db.handoff.findMany({
      where: { teamId, acceptedAt: { not: null }, resolvedAt: { not: null } },
      orderBy: { resolvedAt: "desc" },
      take: 50,
      select: { acceptedAt: true, resolvedAt: true },
    }),
    teamId
      ? db.membership
          .aggregate({ where: { presence: "ONLINE", teams: { some: { teamId } } }, _sum: { maxConcurrent: true } })
          .then((sum) => sum._sum.maxConcurrent ?? 0)
      : Promise.resolve(0),
  ]);
  const durations = recent.map((h) => (h.resolvedAt!.getTime() - h.acceptedAt!.getTime()) / 1000).sort((a, b) => a - b);
  return { handleSeconds: durations.length ? durations[Math.floor(durations.length / 2)]! : DEFAULT_HANDLE_SECONDS, seats };
}

/**
 * position × median handle time ÷ seats (at least one): with every seat
 * busy, one frees up every handle time ÷ seats on average. A median handle
 * time is measured while agents hold several chats, so it already includes
 * their sharing of attention.
 */
export const estimateWait = (position: number, factors: WaitFactors): number => Math.round((position * factors.handleSeconds) / Math.max(1, factors.seats));
