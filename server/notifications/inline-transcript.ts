import "server-only";
import type { DbClient } from "../db/db-client";
import type { TranscriptMessage } from "./webhook-payload-schemas";

/** The inline transcript's budget (its JSON, in bytes): receivers and the delivery log stay small; the link or the API give the rest. */
export const MAX_INLINE_TRANSCRIPT_BYTES = 64 * 1024;
/** At most this many of the newest messages are read before the byte budget is applied. */
const MAX_MESSAGES = 1000;

/**
 * A conversation's messages for a webhook, oldest first (internal notes are a
 * table of their own and never in it). Over the budget, the oldest go first
 * and a system line (seq 0) in their place says how many.
 */
export async function inlineTranscript(db: DbClient, conversationId: string): Promise<{ mode: "full"; messages: TranscriptMessage[]; omitted: number }> {
  const [total, newest] = await Promise.all([
    db.message.count({ where: { conversationId } }),
    db.message.findMany({
      where: { conversationId },
      orderBy: { seq: "desc" },
      take: MAX_MESSAGES,
      select: { seq: true, author: true, text: true, createdAt: true, agent: { select: { name: true } } },
    }),
  ]);
  const kept: TranscriptMessage[] = [];
  let bytes = 0;
  for (const row of newest) {
    const message: TranscriptMessage = {
      seq: row.seq,
      author: row.author.toLowerCase() as TranscriptMessage["author"],
      text: row.text,
      agentName: row.agent?.name ?? null,
      createdAt: row.createdAt.toISOString(),
    };
    bytes += Buffer.byteLength(JSON.stringify(message)) + 1;
    if (bytes > MAX_INLINE_TRANSCRIPT_BYTES) break;
    kept.push(message);
  }
  kept.reverse();
  const omitted = total - kept.length;
  if (omitted === 0) return { mode: "full", messages: kept, omitted };
  const marker: TranscriptMessage = {
    seq: 0,
    author: "system",
    text: `[${omitted} earlier message${omitted === 1 ? "" : "s"} left out: the transcript is longer than webhooks carry. Read it whole with GET /api/v1/conversations/${conversationId}.]`,
    agentName: null,
    createdAt: kept[0]?.createdAt ?? new Date(0).toISOString(),
  };
  return { mode: "full", messages: [marker, ...kept], omitted };
}
