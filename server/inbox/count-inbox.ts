import "server-only";
import type { PrismaClient } from "../db/generated/client";
import type { Agent } from "../handoff/agent-scope";
import { inboxFilters } from "./inbox-filters";

/** The numbers beside the inbox's views (`all` is null for agents, who have no such view). */
export async function countInbox(db: PrismaClient, agent: Agent, now: Date) {
  const { conversations: views, callbacks } = await inboxFilters(db, agent, now);
  const [mine, unassigned, all, callbackCount, resolved] = await Promise.all([
    db.conversation.count({ where: views.mine }),
    db.conversation.count({ where: views.unassigned }),
    views.all ? db.conversation.count({ where: views.all }) : Promise.resolve(null),
    db.callback.count({ where: callbacks }),
    db.conversation.count({ where: views.resolved }),
  ]);
  return { mine, unassigned, all, callbacks: callbackCount, resolved };
}
