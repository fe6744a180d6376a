import "server-only";
import type { Prisma } from "../db/generated/client";

/**
 * Closes the open handoff as TRANSFERRED and opens the next one (same kind, node and context; reason `transfer`).
 * A conversation with none open — an e-mail follow-up left when nobody was free, whose handoff ended as no agent —
 * gets a cold one with its latest handoff's context, so the next team's wait, accept and outcome are counted too.
 */
export async function reopenHandoff(tx: Prisma.TransactionClient, conversationId: string, teamId: string | null, priority: number, now: Date) {
  const open = await tx.handoff.findFirst({ where: { conversationId, outcome: null }, orderBy: { requestedAt: "desc" } });
  if (open) await tx.handoff.update({ where: { id: open.id }, data: { outcome: "TRANSFERRED", resolvedAt: now } });
  const from = open ?? (await tx.handoff.findFirst({ where: { conversationId }, orderBy: { requestedAt: "desc" } }));
  const conversation = await tx.conversation.findUniqueOrThrow({ where: { id: conversationId }, select: { workspaceId: true } });
  await tx.handoff.create({
    data: {
      workspaceId: conversation.workspaceId,
      conversationId,
      kind: open?.kind ?? "COLD",
      reason: "transfer",
      teamId,
      nodeId: open?.nodeId ?? null,
      context: from?.context ?? {},
      priority,
      requestedAt: now,
    },
  });
}
