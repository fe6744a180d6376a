import "server-only";
import type { PrismaClient } from "../db/generated/client";
import { DomainError } from "../errors";
import { findTeam } from "./find-team";
import type { SetTeamMembersInput } from "./team-schemas";

/**
 * Makes the team's people exactly these memberships of the workspace.
 * Conversations a removed agent holds stay theirs (they can still see what
 * is assigned to them); the team's queue is no longer offered to them.
 */
export async function setTeamMembers(db: PrismaClient, workspaceId: string, input: SetTeamMembersInput) {
  const membershipIds = [...new Set(input.membershipIds)];
  return db.$transaction(async (tx) => {
    await findTeam(tx, workspaceId, input.teamId);
    const found = await tx.membership.count({ where: { id: { in: membershipIds }, workspaceId } });
    if (found !== membershipIds.length) {
      throw new DomainError("NOT_FOUND", "Some of those people are no longer in this workspace. Reload the page and choose again.");
    }
    await tx.teamMember.deleteMany({ where: { teamId: input.teamId, membershipId: { notIn: membershipIds } } });
    await tx.teamMember.createMany({
      data: membershipIds.map((membershipId) => ({ teamId: input.teamId, membershipId })),
      skipDuplicates: true,
    });
    return { teamId: input.teamId, members: membershipIds.length };
  });
}
