import type { PrismaClient } from "../db/generated/client";

const TTL_MS = 30_000;
const cache = new Map<string, { at: number; names: Record<string, string> }>();

/** Team id → name for a workspace, cached briefly (renames show within 30 s). */
export async function teamNames(db: PrismaClient, workspaceId: string, now: number): Promise<Record<string, string>> {
  const hit = cache.get(workspaceId);
  if (hit && now - hit.at < TTL_MS) return hit.names;
  const teams = await db.team.findMany({ where: { workspaceId }, select: { id: true, name: true } });
  const names = Object.fromEntries(teams.map((team) => [team.id, team.name]));
  cache.set(workspaceId, { at: now, names });
  return names;
}
