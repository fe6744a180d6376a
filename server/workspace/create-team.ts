import "server-only";
import type { PrismaClient } from "../db/generated/client";
import { constraintNames } from "../db/constraint-names";
import { violatesUnique } from "../db/constraint-of";
import { assertTeamNameFree, teamNameTaken } from "./assert-team-name-free";
import type { CreateTeamInput } from "./team-schemas";

/** A new team with nobody in it and no business hours (always open) until an admin sets them. */
export async function createTeam(db: PrismaClient, workspaceId: string, input: CreateTeamInput) {
  await assertTeamNameFree(db, workspaceId, input.name);
  try {
    const team = await db.team.create({ data: { workspaceId, ...input }, select: { id: true, name: true } });
    return { teamId: team.id, name: team.name };
  } catch (error) {
    // Another admin created the same name between the check and the insert.
    if (violatesUnique(error, constraintNames.teamName)) throw teamNameTaken(input.name);
    throw error;
  }
}
