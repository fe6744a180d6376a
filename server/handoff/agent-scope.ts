import "server-only";
import type { Viewer } from "../auth/viewer";
import type { Prisma } from "../db/generated/client";
import type { DbClient } from "../db/db-client";

/** Who acts in the inbox: the signed-in viewer (or the fields of it the inbox needs). */
export type Agent = Pick<Viewer, "userId" | "name" | "role" | "workspaceId" | "membershipId">;

/** The teams an agent belongs to (null for admins, who see every team). */
export async function agentTeamIds(db: DbClient, agent: Agent): Promise<string[] | null> {
  if (agent.role === "ADMIN") return null;
  const rows = await db.teamMember.findMany({ where: { membershipId: agent.membershipId }, select: { teamId: true } });
  return rows.map((row) => row.teamId);
}

/**
 * The inbox's one scope rule, as filters: admins see every conversation (and
 * callback) of their workspace; agents those of their teams and those
 * assigned to them. `teamIds` comes from agentTeamIds.
 */
export function scopeOf(agent: Agent, teamIds: string[] | null) {
  const conversations: Prisma.ConversationWhereInput = teamIds
    ? { workspaceId: agent.workspaceId, OR: [{ teamId: { in: teamIds } }, { assigneeId: agent.userId }] }
    : { workspaceId: agent.workspaceId };
  const callbacks: Prisma.CallbackWhereInput = teamIds
    ? { workspaceId: agent.workspaceId, OR: [{ teamId: { in: teamIds } }, { assigneeId: agent.userId }, { conversation: { assigneeId: agent.userId } }] }
    : { workspaceId: agent.workspaceId };
  return { conversations, callbacks };
}

/** scopeOf, with the agent's teams read from the database. */
export async function agentScope(db: DbClient, agent: Agent) {
  return scopeOf(agent, await agentTeamIds(db, agent));
}
