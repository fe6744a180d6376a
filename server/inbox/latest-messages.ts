import "server-only";
import type { PrismaClient } from "../db/generated/client";

export interface LastMessage {
  author: "customer" | "bot" | "agent" | "system";
  text: string;
  at: Date;
}

export interface LatestMessages {
  last: LastMessage;
  /** The seq of the customer's newest message (0 if none): past the agents' read position, the row shows as unread. */
  lastCustomerSeq: number;
}

/** The last message of each conversation, and its customer's newest seq — indexed lookups per conversation in one statement. */
export async function latestMessages(db: PrismaClient, conversationIds: string[]): Promise<Map<string, LatestMessages>> {
  if (conversationIds.length === 0) return new Map();
  const rows = await db.$queryRawUnsafe<{ conversationId: string; author: string; text: string; createdAt: Date; lastCustomerSeq: number | null }[]>(
    `SELECT c."id" AS "conversationId", m."author"::text AS "author", m."text", m."createdAt",
            (SELECT "seq" FROM "Message" WHERE "conversationId" = c."id" AND "author" = 'CUSTOMER' ORDER BY "seq" DESC LIMIT 1) AS "lastCustomerSeq"
     FROM unnest($1::text[]) AS c("id")
     CROSS JOIN LATERAL (SELECT "author", "text", "createdAt" FROM "Message" WHERE "conversationId" = c."id" ORDER BY "seq" DESC LIMIT 1) m`,
    conversationIds,
  );
  return new Map(
    rows.map((row) => [
      row.conversationId,
      {
        last: { author: row.author.toLowerCase() as LastMessage["author"], text: row.text, at: new Date(row.createdAt) },
        lastCustomerSeq: Number(row.lastCustomerSeq ?? 0),
      },
    ]),
  );
}
