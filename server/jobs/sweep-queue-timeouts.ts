import "server-only";
import type { Runtime } from "../runtime/runtime";
import { runTurn } from "../conversations/run-turn";
import { isOpen } from "../handoff/business-hours";
import { hoursOf } from "../handoff/team-availability";
import { runtimeInTransaction } from "../runtime/runtime-in-transaction";
import { withTransaction } from "../db/with-transaction";

const BATCH = 50;

/**
 * Queued conversations nobody accepted within their team's max wait, or whose
 * team has closed, leave the queue through the handoff node's `no_agent`
 * exit (usually a callback offer). A customer who left a message for an
 * e-mail reply waits for that, not in the chat: never swept. Each is claimed with FOR UPDATE SKIP
 * LOCKED and its whole turn runs in that transaction, so several instances
 * never handle one twice. Returns how many left the queue.
 */
export async function sweepQueueTimeouts(runtime: Runtime, now: Date): Promise<number> {
  const closed = await closedTeamIds(runtime, now);
  let swept = 0;
  while (swept < BATCH) {
    const claimed = await withTransaction(
      runtime.db,
      async (tx) => {
        const [row] = await tx.$queryRawUnsafe<{ id: string }[]>(
          `SELECT c."id" FROM "Conversation" c LEFT JOIN "Team" t ON t."id" = c."teamId"
           WHERE c."status" = 'QUEUED' AND c."queuedAt" IS NOT NULL AND c."awaitingEmailReplyAt" IS NULL
             AND (c."queuedAt" + make_interval(secs => COALESCE(t."maxWaitSeconds", 300)) <= $1::timestamptz AT TIME ZONE 'UTC' OR c."teamId" = ANY($2::text[]))
           ORDER BY c."queuedAt" LIMIT 1 FOR UPDATE OF c SKIP LOCKED`,
          now.toISOString(),
          closed,
        );
        if (!row) return false;
        const inTx = runtimeInTransaction(runtime, tx);
        const open = await tx.handoff.findMany({ where: { conversationId: row.id, outcome: null }, select: { id: true } });
        await runTurn(inTx, row.id, { kind: "human_finished", outcome: "no_agent" }, null);
        await tx.handoff.updateMany({ where: { id: { in: open.map((h) => h.id) } }, data: { outcome: "NO_AGENT", resolvedAt: now } });
        // A conversation the flow could not take back (its state lost its handoff) waits a full max-wait again, not forever in a loop.
        await tx.conversation.updateMany({ where: { id: row.id, status: "QUEUED" }, data: { queuedAt: now, updatedAt: now } });
        await tx.conversation.updateMany({ where: { id: row.id, status: { not: "QUEUED" } }, data: { queuedAt: null, updatedAt: now } });
        return true;
      },
      { maxWait: 10_000, timeout: 30_000 },
    );
    if (!claimed) break;
    swept++;
  }
  return swept;
}

/** Teams with queued conversations that are outside their business hours now. */
async function closedTeamIds(runtime: Runtime, now: Date): Promise<string[]> {
  const teams = await runtime.db.team.findMany({
    where: { conversations: { some: { status: "QUEUED" } }, businessHoursId: { not: null } },
    include: { businessHours: true },
  });
  return teams.filter((team) => !isOpen(hoursOf(team), now)).map((team) => team.id);
}
