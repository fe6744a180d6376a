import "server-only";
import type { PrismaClient } from "../db/generated/client";
import type { Agent } from "../handoff/agent-scope";

/** The agent's own presence, capacity, teams and load, for the inbox header. */
export async function loadAgentStatus(db: PrismaClient, agent: Agent) {
  const [membership, activeCount] = await Promise.all([
    db.membership.findUniqueOrThrow({
      where: { id: agent.membershipId },
      select: { presence: true, maxConcurrent: true, teams: { select: { team: { select: { id: true, name: true } } }, orderBy: { team: { name: "asc" } } } },
    }),
    db.conversation.count({ where: { workspaceId: agent.workspaceId, assigneeId: agent.userId, status: "ASSIGNED" } }),
  ]);
  return { presence: membership.presence, maxConcurrent: membership.maxConcurrent, teams: membership.teams.map((t) => t.team), activeCount };
}
