import "server-only";
import type { Prisma } from "../db/generated/client";
import { DomainError } from "../errors";

/** The team, when it belongs to the workspace; NOT_FOUND otherwise, so other workspaces' teams stay unseen. */
export async function findTeam(db: Prisma.TransactionClient, workspaceId: string, teamId: string) {
  const team = await db.team.findFirst({ where: { id: teamId, workspaceId } });
  if (!team) throw new DomainError("NOT_FOUND", "That team no longer exists. Reload the page to see the current teams.");
  return team;
}
