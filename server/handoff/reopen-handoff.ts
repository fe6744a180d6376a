import "server-only";
import type { Prisma } from "../db/generated/client";
import { DomainError } from "../errors";

/** Closes the open handoff as TRANSFERRED and opens the next one (same kind, node and context; reason `transfer`). */
export async function reopenHandoff(tx: Prisma.TransactionClient, conversationId: string, teamId: string | null, priority: number, now: Date) {
  const open = await tx.handoff.findFirst({ where: { conversationId, outcome: null }, orderBy: { requestedAt: "desc" } });
  if (!open) throw new DomainError("CONFLICT", "This conversation has no open handoff to transfer.");
  await tx.handoff.update({ where: { id: open.id }, data: { outcome: "TRANSFERRED", resolvedAt: now } });
  await tx.handoff.create({
    data: {
      workspaceId: open.workspaceId,
      conversationId,
      kind: open.kind,
      reason: "transfer",
      teamId,
      nodeId: open.nodeId,
      context: open.context ?? {},
      priority,
      requestedAt: now,
    },
  });
}
