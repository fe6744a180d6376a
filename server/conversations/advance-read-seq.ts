import "server-only";
import type { DbClient } from "../db/db-client";

const columns = { customer: "customerReadSeq", agent: "agentReadSeq" } as const;

/**
 * Moves one side's read position forward to `seq` — never back (a late or
 * replayed request cannot un-read), never past the last message. Returns the
 * stored position and whether it moved; null when the conversation is gone.
 */
export async function advanceReadSeq(db: DbClient, conversationId: string, side: keyof typeof columns, seq: number) {
  const column = columns[side];
  const moved = await db.$queryRawUnsafe<{ seq: number }[]>(
    `UPDATE "Conversation" SET "${column}" = LEAST($2::int, "lastSeq")
     WHERE "id" = $1 AND "${column}" < LEAST($2::int, "lastSeq")
     RETURNING "${column}" AS "seq"`,
    conversationId,
    seq,
  );
  if (moved[0]) return { seq: Number(moved[0].seq), moved: true };
  const current = await db.$queryRawUnsafe<{ seq: number }[]>(`SELECT "${column}" AS "seq" FROM "Conversation" WHERE "id" = $1`, conversationId);
  return current[0] ? { seq: Number(current[0].seq), moved: false } : null;
}
