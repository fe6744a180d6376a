import "server-only";
import type { ConversationStatus, Prisma } from "../db/generated/client";

export interface LockedConversation {
  id: string;
  workspaceId: string;
  status: ConversationStatus;
  teamId: string | null;
  assigneeId: string | null;
  lastSeq: number;
  priority: number;
  variables: unknown;
  state: unknown;
}

/** The conversation's row, locked for the rest of the transaction (accepts, replies and transfers serialize on it). */
export async function lockConversation(tx: Prisma.TransactionClient, conversationId: string): Promise<LockedConversation | null> {
  const rows = await tx.$queryRawUnsafe<LockedConversation[]>(
    `SELECT "id", "workspaceId", "status"::text AS "status", "teamId", "assigneeId", "lastSeq", "priority", "variables", "state"
     FROM "Conversation" WHERE "id" = $1 FOR UPDATE`,
    conversationId,
  );
  return rows[0] ?? null;
}
