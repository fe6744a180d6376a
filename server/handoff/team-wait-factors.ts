import type { PrismaClient } from "../db/generated/client";

/** Assumed handle time until a team has history of its own. */
const DEFAULT_HANDLE_SECONDS = 240;

export interface WaitFactors {
  /** The team's median handle time (accepted → resolved) over its last 50 handoffs. */
  handleSeconds: number;
  /** Agents of the team online now. */
  online: number;
}

/** What a team's wait estimate is made of (docs/api.md, "Queue position and wait estimate"). */
export async function teamWaitFactors(db: PrismaClient, teamId: string | null): Promise<WaitFactors> {
  const [recent, online] = await Promise.all([
    db.handoff.findMany({
      where: { teamId, acceptedAt: { not: null }, resolvedAt: { not: null } },
      orderBy: { resolvedAt: "desc" },
      take: 50,
      select: { acceptedAt: true, resolvedAt: true },
    }),
    teamId ? db.teamMember.count({ where: { teamId, membership: { presence: "ONLINE" } } }) : Promise.resolve(0),
  ]);
  const durations = recent.map((h) => (h.resolvedAt!.getTime() - h.acceptedAt!.getTime()) / 1000).sort((a, b) => a - b);
  return { handleSeconds: durations.length ? durations[Math.floor(durations.length / 2)]! : DEFAULT_HANDLE_SECONDS, online };
}

/** position × median handle time ÷ agents online (at least one). */
export const estimateWait = (position: number, factors: WaitFactors): number => Math.round((position * factors.handleSeconds) / Math.max(1, factors.online));
