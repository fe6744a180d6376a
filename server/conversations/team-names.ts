import type { PrismaClient } from "../db/generated/client";
import type { TtlCache } from "./ttl-cache";

/** Team id → name for a workspace, cached briefly (renames show within 30 s). */
export function teamNames(db: PrismaClient, cache: TtlCache, workspaceId: string): Promise<Record<string, string>> {
  return cache.get(`team-names:${workspaceId}`, 30_000, async () => {
    const teams = await db.team.findMany({ where: { workspaceId }, select: { id: true, name: true } });
    return Object.fromEntries(teams.map((team) => [team.id, team.name]));
  });
}
