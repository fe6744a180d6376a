import "server-only";
import type { PrismaClient } from "../db/generated/client";
import type { CannedReplyIdInput } from "./canned-reply-schemas";
import { cannedReplyGone, findCannedReply } from "./find-canned-reply";

/** Removes a canned reply; messages already sent with it keep their text. */
export async function deleteCannedReply(db: PrismaClient, workspaceId: string, input: CannedReplyIdInput) {
  const reply = await findCannedReply(db, workspaceId, input.cannedReplyId);
  // Scoped again, and counted: another admin may have deleted it a moment ago.
  const { count } = await db.cannedReply.deleteMany({ where: { id: reply.id, workspaceId } });
  if (count === 0) throw cannedReplyGone();
  return { cannedReplyId: reply.id, shortcut: reply.shortcut, title: reply.title };
}
