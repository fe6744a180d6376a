import "server-only";
import type { Prisma, PrismaClient } from "../db/generated/client";
import { DomainError } from "../errors";
import { agentTeamIds, scopeOf, type Agent } from "../handoff/agent-scope";

const RESOLVED_DAYS = 7;

/**
 * What each inbox view holds, within the agent's scope: mine = assigned to
 * me; unassigned = queued in my teams (admins: all); all = queued or
 * assigned anywhere (admins only); email = customers in my teams (admins:
 * all) who left a message and still wait for the first e-mailed reply; resolved = the human part ended in the
 * last 7 days, resolved or handed back (even while the bot still asks for the
 * rating), or a callback worked (done or missed) with none pending, and not
 * queued again; callbacks = pending callbacks.
 */
export async function inboxFilters(db: PrismaClient, agent: Agent, now: Date) {
  const scope = scopeOf(agent, await agentTeamIds(db, agent));
  const since = new Date(now.getTime() - RESOLVED_DAYS * 86_400_000);
  const conversations = {
    mine: { workspaceId: agent.workspaceId, status: "ASSIGNED", assigneeId: agent.userId },
    unassigned: { AND: [scope.conversations, { status: "QUEUED" }] },
    email: { AND: [scope.conversations, { status: { in: ["QUEUED", "ASSIGNED"] }, awaitingEmailReplyAt: { not: null } }] },
    all: agent.role === "ADMIN" ? { workspaceId: agent.workspaceId, status: { in: ["QUEUED", "ASSIGNED"] } } : null,
    resolved: {
      AND: [
        scope.conversations,
        { status: { notIn: ["QUEUED", "ASSIGNED"] } },
        {
          OR: [
            { handoffs: { some: { outcome: { in: ["RESOLVED", "HANDED_BACK"] }, resolvedAt: { gte: since } } } },
            // A callback worked (done or missed) ends the people's part too; without this it would be in no view.
            {
              status: "CALLBACK_SCHEDULED",
              callbacks: { some: { status: { in: ["DONE", "MISSED"] }, completedAt: { gte: since } }, none: { status: "PENDING" } },
            },
          ],
        },
      ],
    },
  } satisfies Record<string, Prisma.ConversationWhereInput | null>;
  const callbacks: Prisma.CallbackWhereInput = { AND: [scope.callbacks, { status: "PENDING", conversationId: { not: null } }] };
  return { conversations, callbacks };
}

/** The "all teams" view is for admins. */
export function adminOnly<T>(filter: T | null): T {
  if (filter === null) throw new DomainError("FORBIDDEN", "Only admins can see all teams' conversations. Use Mine or Unassigned.");
  return filter;
}
