import { Prisma, type PrismaClient } from "../db/generated/client";
import { DuplicateMessage, TurnConflict, type SavedTurn } from "./save-turn";

/**
 * While a person owns the conversation, a customer message needs no engine
 * turn: it takes the next seq under the row lock and is stored. Concurrent
 * messages serialize on the lock instead of retrying.
 */
export async function appendCustomerMessage(
  db: PrismaClient,
  conversationId: string,
  customer: { text: string; clientMessageId: string; choiceId?: string },
  now: Date,
): Promise<SavedTurn> {
  try {
    return await db.$transaction(async (tx) => {
      const rows = await tx.$queryRaw<{ lastSeq: number; status: SavedTurn["status"] }[]>`
        UPDATE "Conversation" SET "lastSeq" = "lastSeq" + 1, "version" = "version" + 1, "updatedAt" = ${now}
        WHERE "id" = ${conversationId} AND "status" IN ('QUEUED', 'ASSIGNED')
        RETURNING "lastSeq", "status"`;
      const row = rows[0];
      if (!row) throw new TurnConflict();
      const message = await tx.message.create({
        data: {
          conversationId,
          seq: row.lastSeq,
          author: "CUSTOMER",
          text: customer.text,
          clientMessageId: customer.clientMessageId,
          payload: customer.choiceId ? { choiceId: customer.choiceId } : Prisma.DbNull,
          createdAt: now,
        },
      });
      return { messages: [message], status: row.status, lastSeq: row.lastSeq, handoffId: null };
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") throw new DuplicateMessage();
    throw error;
  }
}
