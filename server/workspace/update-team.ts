import "server-only";
import type { PrismaClient } from "../db/generated/client";
import { constraintNames } from "../db/constraint-names";
import { violatesUnique } from "../db/constraint-of";
import { assertTeamNameFree, teamNameTaken } from "./assert-team-name-free";
import { findTeam } from "./find-team";
import type { UpdateTeamInput } from "./team-schemas";

/** Changes a team's name, tags or routing; fields left out keep their value. */
export async function updateTeam(db: PrismaClient, workspaceId: string, input: UpdateTeamInput) {
  const { teamId, ...changes } = input;
  await findTeam(db, workspaceId, teamId);
  if (changes.name !== undefined) await assertTeamNameFree(db, workspaceId, changes.name, teamId);
  try {
    const team = await db.team.update({
      where: { id: teamId },
      data: changes,
      select: { id: true, name: true, skills: true, languages: true, maxWaitSeconds: true, assignmentPolicy: true },
    });
    return team;
  } catch (error) {
    if (changes.name !== undefined && violatesUnique(error, constraintNames.teamName)) throw teamNameTaken(changes.name);
    throw error;
  }
}
