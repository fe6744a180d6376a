import "server-only";
import type { Runtime } from "../runtime/runtime";
import type { Prisma } from "../db/generated/client";
import { publishChange } from "../handoff/publish-change";

export interface ClaimedCallback {
  id: string;
  workspaceId: string;
  conversationId: string | null;
  dueAt: Date;
}

/** In the claim's transaction: one `callback_due` / `callback_overdue` event per claimed callback. */
export function recordCallbackEvents(tx: Prisma.TransactionClient, type: "callback_due" | "callback_overdue", rows: ClaimedCallback[], now: Date) {
  return tx.event.createMany({
    data: rows.map((row) => ({
      workspaceId: row.workspaceId,
      conversationId: row.conversationId,
      type,
      data: { callbackId: row.id, dueAt: new Date(row.dueAt).toISOString() },
      createdAt: now,
    })),
  });
}

/** After the commit: each callback's conversation is published as changed, so open inboxes refetch it. */
export async function publishCallbackChanges(runtime: Runtime, rows: ClaimedCallback[]) {
  for (const row of rows) {
    if (!row.conversationId) continue;
    const conversation = await runtime.db.conversation.findUnique({ where: { id: row.conversationId }, select: { lastSeq: true } });
    if (conversation) await publishChange(runtime, row.conversationId, conversation.lastSeq);
  }
}
