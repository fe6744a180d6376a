import "server-only";
import type { PrismaClient } from "../db/generated/client";

export interface LastMessage {
  author: "customer" | "bot" | "agent" | "system";
  text: string;
  at: Date;
}

/** The last message of each conversation, one indexed lookup per conversation in one statement. */
export async function latestMessages(db: PrismaClient, conversationIds: string[]): Promise<Map<string, LastMessage>> {
  if (conversationIds.length === 0) return new Map();
  const rows = await db.$queryRawUnsafe<{ conversationId: string; author: string; text: string; createdAt: Date }[]>(
    `SELECT c."id" AS "conversationId", m."author"::text AS "author", m."text", m."createdAt"
     FROM unnest($1::text[]) AS c("id")
     CROSS JOIN LATERAL (SELECT "author", "text", "createdAt" FROM "Message" WHERE "conversationId" = c."id" ORDER BY "seq" DESC LIMIT 1) m`,
    conversationIds,
  );
  return new Map(
    rows.map((row) => [row.conversationId, { author: row.author.toLowerCase() as LastMessage["author"], text: row.text, at: new Date(row.createdAt) }]),
  );
}
