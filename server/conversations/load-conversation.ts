import type { ConversationStatus } from "../db/generated/client";
import type { DbClient } from "../db/db-client";

/** The columns a turn needs, read in one raw query (the hot path of every message). */
export interface TurnConversation {
  id: string;
  workspaceId: string;
  flowId: string;
  flowVersionId: string;
  status: ConversationStatus;
  channel: string;
  state: unknown;
  version: number;
  lastSeq: number;
  customerTokenHash: string;
  teamId: string | null;
  priority: number;
  queuedAt: Date | null;
}

export async function loadConversation(db: DbClient, id: string): Promise<TurnConversation | null> {
  const rows = await db.$queryRawUnsafe<TurnConversation[]>(
    `SELECT "id", "workspaceId", "flowId", "flowVersionId", "status"::text AS "status", "channel"::text AS "channel", "state",
            "version", "lastSeq", "customerTokenHash", "teamId", "priority", "queuedAt"
     FROM "Conversation" WHERE "id" = $1`,
    id,
  );
  return rows[0] ?? null;
}
