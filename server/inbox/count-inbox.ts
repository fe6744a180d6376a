import "server-only";
import type { PrismaClient } from "../db/generated/client";
import { mailSettings } from "../notifications/mail-settings";
import type { Runtime } from "../runtime/runtime";
import type { Agent } from "../handoff/agent-scope";
import { inboxFilters } from "./inbox-filters";

/**
 * The numbers beside the inbox's views (`all` is null for agents, who have no such view), and whether this
 * server can send e-mail at all (without SMTP_URL customers are not offered an e-mail reply; the view says why).
 */
export async function countInbox(db: PrismaClient, agent: Agent, now: Date, runtime: Pick<Runtime, "mail">) {
  const { conversations: views, callbacks } = await inboxFilters(db, agent, now);
  const [mine, unassigned, email, all, callbackCount, resolved] = await Promise.all([
    db.conversation.count({ where: views.mine }),
    db.conversation.count({ where: views.unassigned }),
    db.conversation.count({ where: views.email }),
    views.all ? db.conversation.count({ where: views.all }) : Promise.resolve(null),
    db.callback.count({ where: callbacks }),
    db.conversation.count({ where: views.resolved }),
  ]);
  return { mine, unassigned, email, all, callbacks: callbackCount, resolved, emailAvailable: mailSettings(runtime).mailer !== null };
}
