import type { PrismaClient } from "../db/generated/client";
import type { TeamProfile } from "../engine/turn-context";
import type { TtlCache } from "../runtime/ttl-cache";
import type { DbClient } from "../db/db-client";

export interface TeamDirectory {
  /** Team id → name (for {{team_name}}). */
  teamNames: Record<string, string>;
  /** Team id → languages and skills (for routing by the customer's language). */
  teamProfiles: Record<string, TeamProfile>;
}

/** The workspace's teams as a turn needs them, cached briefly (changes show within 30 s). */
export function teamDirectory(db: DbClient, cache: TtlCache, workspaceId: string): Promise<TeamDirectory> {
  return cache.get(`team-directory:${workspaceId}`, 30_000, async () => {
    const teams = await db.team.findMany({ where: { workspaceId }, select: { id: true, name: true, languages: true, skills: true } });
    return {
      teamNames: Object.fromEntries(teams.map((team) => [team.id, team.name])),
      teamProfiles: Object.fromEntries(teams.map((team) => [team.id, { languages: team.languages, skills: team.skills }])),
    };
  });
}

/** Team id → name for a workspace. */
export async function teamNames(db: PrismaClient, cache: TtlCache, workspaceId: string): Promise<Record<string, string>> {
  return (await teamDirectory(db, cache, workspaceId)).teamNames;
}
