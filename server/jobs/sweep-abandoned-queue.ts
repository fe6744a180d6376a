import "server-only";
import type { Runtime } from "../runtime/runtime";
import { withTransaction } from "../db/with-transaction";
import { appendInboxMessages } from "../handoff/append-inbox-messages";
import { publishChange } from "../handoff/publish-change";

const BATCH = 50;

interface Claimed {
  id: string;
  lastSeq: number;
  workspaceId: string;
  flowId: string;
  flowVersionId: string;
  waitedSeconds: number;
}

/**
 * Queued customers who left before anyone accepted: no sign of life (an open chat
 * window's keep-alive, a message, typing, a read receipt — `customerSeenAt`) and
 * no queue entry for the workspace's `abandonAfterSeconds` (not those who left a
 * message for an e-mail reply: they left on purpose). Each is claimed with
 * FOR UPDATE SKIP LOCKED and, in that transaction, becomes ABANDONED: a status
 * line, its open handoffs closed with outcome ABANDONED, and a
 * `conversation.abandoned` event with the wait. Runs before the queue timeouts,
 * so a customer who is gone is not offered a callback. Returns how many.
 */
export async function sweepAbandonedQueue(runtime: Runtime, now: Date): Promise<number> {
  const changed: { id: string; seq: number }[] = [];
  while (changed.length < BATCH) {
    const done = await withTransaction(
      runtime.db,
      async (tx) => {
        const [row] = await tx.$queryRawUnsafe<Claimed[]>(
          `SELECT c."id", c."lastSeq", c."workspaceId", c."flowId", c."flowVersionId",
                  GREATEST(0, round(EXTRACT(EPOCH FROM ($1::timestamptz AT TIME ZONE 'UTC') - c."queuedAt")))::int AS "waitedSeconds"
           FROM "Conversation" c JOIN "Workspace" w ON w."id" = c."workspaceId"
           WHERE c."status" = 'QUEUED' AND c."queuedAt" IS NOT NULL AND c."awaitingEmailReplyAt" IS NULL
             AND GREATEST(COALESCE(c."customerSeenAt", c."queuedAt"), c."queuedAt") + make_interval(secs => w."abandonAfterSeconds") <= $1::timestamptz AT TIME ZONE 'UTC'
           ORDER BY c."queuedAt" LIMIT 1 FOR UPDATE OF c SKIP LOCKED`,
          now.toISOString(),
        );
        if (!row) return null;
        const message = {
          author: "SYSTEM" as const,
          text: "Chat closed while waiting: the customer had left",
          payload: { event: "status" as const, status: "ABANDONED" as const, change: "customer_left" },
        };
        const seq = await appendInboxMessages(tx, row, [message], now, { status: "ABANDONED", queuedAt: null, closedAt: now });
        const open = await tx.handoff.findMany({ where: { conversationId: row.id, outcome: null }, select: { id: true, nodeId: true, reason: true } });
        await tx.handoff.updateMany({ where: { id: { in: open.map((h) => h.id) } }, data: { outcome: "ABANDONED", resolvedAt: now } });
        await tx.event.create({
          data: {
            workspaceId: row.workspaceId,
            conversationId: row.id,
            flowId: row.flowId,
            flowVersionId: row.flowVersionId,
            nodeId: open[0]?.nodeId ?? null,
            type: "conversation.abandoned",
            data: { waitedSeconds: Number(row.waitedSeconds), handoffIds: open.map((h) => h.id), reason: open[0]?.reason ?? null },
            createdAt: now,
          },
        });
        return { id: row.id, seq };
      },
      { maxWait: 10_000, timeout: 30_000 },
    );
    if (!done) break;
    changed.push(done);
  }
  for (const { id, seq } of changed) await publishChange(runtime, id, seq);
  return changed.length;
}
