import "server-only";
import type { Runtime } from "../conversations/runtime";
import { publishChange } from "../handoff/publish-change";

/**
 * The reminder at a pending callback's due time: each is claimed once across
 * instances by stamping `remindedAt` (FOR UPDATE SKIP LOCKED) with a
 * `callback_due` event in the same statement's transaction; then its
 * conversation is published as changed, so the team's open inboxes show it
 * as due and alert (toast, chime, desktop notification). Returns how many.
 */
export async function sweepDueCallbacks(runtime: Runtime, now: Date): Promise<number> {
  const due = await runtime.db.$transaction(async (tx) => {
    const rows = await tx.$queryRawUnsafe<{ id: string; workspaceId: string; conversationId: string | null; dueAt: Date }[]>(
      `UPDATE "Callback" cb SET "remindedAt" = $1::timestamptz AT TIME ZONE 'UTC'
       WHERE cb."id" IN (
         SELECT p."id" FROM "Callback" p
         WHERE p."status" = 'PENDING' AND p."remindedAt" IS NULL AND p."dueAt" <= $1::timestamptz AT TIME ZONE 'UTC'
         ORDER BY p."dueAt" LIMIT 100 FOR UPDATE SKIP LOCKED)
       RETURNING cb."id", cb."workspaceId", cb."conversationId", cb."dueAt"`,
      now.toISOString(),
    );
    await tx.event.createMany({
      data: rows.map((row) => ({
        workspaceId: row.workspaceId,
        conversationId: row.conversationId,
        type: "callback_due",
        data: { callbackId: row.id, dueAt: new Date(row.dueAt).toISOString() },
        createdAt: now,
      })),
    });
    return rows;
  });
  for (const row of due) {
    if (!row.conversationId) continue;
    const conversation = await runtime.db.conversation.findUnique({ where: { id: row.conversationId }, select: { lastSeq: true } });
    if (conversation) await publishChange(runtime, row.conversationId, conversation.lastSeq);
  }
  return due.length;
}
