import "server-only";
import type { ConversationStatus, Prisma, PrismaClient } from "../db/generated/client";
import type { Agent } from "../handoff/agent-scope";
import type { InboxView } from "../handoff/inbox-schemas";
import { customerLabel } from "./customer-label";
import { adminOnly, inboxFilters } from "./inbox-filters";
import { latestMessages, type LastMessage, type LatestMessages } from "./latest-messages";

const LIMIT = 200;

export interface InboxRow {
  id: string;
  status: ConversationStatus;
  customerLabel: string;
  /** The latest handoff's reason code (explicit_request, sentiment, low_confidence, …). */
  reason: string | null;
  teamName: string | null;
  priority: number;
  queuedAt: Date | null;
  assigneeName: string | null;
  lastMessage: LastMessage | null;
  /** The customer left a message for an e-mail reply and none has gone out yet. */
  awaitingEmailReply: boolean;
  /** The customer wrote something the agents have not seen yet (past agentReadSeq). */
  unread: boolean;
  /** In the Callbacks view; `remindedAt`: when the reminder at its due time went out (null before). */
  callback?: { id: string; phone: string; dueAt: Date; status: string; remindedAt: Date | null };
}

const include = {
  team: { select: { name: true } },
  assignee: { select: { name: true } },
  handoffs: { orderBy: { requestedAt: "desc" }, take: 1, select: { reason: true } },
} satisfies Prisma.ConversationInclude;
type Listed = Prisma.ConversationGetPayload<{ include: typeof include }>;

/**
 * One view of the inbox, at most 200 rows: queues by priority then longest
 * waiting; resolved most recently active first; callbacks by due time.
 */
export async function listInbox(db: PrismaClient, agent: Agent, view: InboxView, now: Date): Promise<InboxRow[]> {
  const filters = await inboxFilters(db, agent, now);
  if (view === "callbacks") {
    const callbacks = await db.callback.findMany({ where: filters.callbacks, orderBy: { dueAt: "asc" }, take: LIMIT, include: { conversation: { include } } });
    const listed = callbacks.filter((cb) => cb.conversation);
    const last = await latestMessages(
      db,
      listed.map((cb) => cb.conversation!.id),
    );
    return listed.map((cb) => ({
      ...rowOf(cb.conversation!, last),
      callback: { id: cb.id, phone: cb.phone, dueAt: cb.dueAt, status: cb.status, remindedAt: cb.remindedAt },
    }));
  }
  const where = view === "all" ? adminOnly(filters.conversations.all) : filters.conversations[view];
  const orderBy: Prisma.ConversationOrderByWithRelationInput[] =
    view === "resolved" ? [{ updatedAt: "desc" }] : [{ priority: "desc" }, { queuedAt: { sort: "asc", nulls: "last" } }, { updatedAt: "asc" }];
  const conversations = await db.conversation.findMany({ where, orderBy, take: LIMIT, include });
  const last = await latestMessages(
    db,
    conversations.map((c) => c.id),
  );
  return conversations.map((c) => rowOf(c, last));
}

function rowOf(c: Listed, last: Map<string, LatestMessages>): InboxRow {
  const latest = last.get(c.id);
  return {
    id: c.id,
    status: c.status,
    customerLabel: customerLabel(c),
    reason: c.handoffs[0]?.reason ?? null,
    teamName: c.team?.name ?? null,
    priority: c.priority,
    queuedAt: c.queuedAt,
    assigneeName: c.assignee?.name ?? null,
    lastMessage: latest?.last ?? null,
    unread: (latest?.lastCustomerSeq ?? 0) > c.agentReadSeq,
    awaitingEmailReply: c.awaitingEmailReplyAt !== null,
  };
}
