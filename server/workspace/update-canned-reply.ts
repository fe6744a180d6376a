import "server-only";
import type { PrismaClient } from "../db/generated/client";
import { constraintNames } from "../db/constraint-names";
import { violatesUnique } from "../db/constraint-of";
import { assertShortcutFree, shortcutTaken } from "./assert-shortcut-free";
import type { UpdateCannedReplyInput } from "./canned-reply-schemas";
import { cannedReplyGone, findCannedReply } from "./find-canned-reply";
import { cannedReplySelect } from "./list-canned-replies";

/** Prisma's "record to update not found": another admin deleted the reply after we found it. */
const isMissingRecord = (error: unknown) => (error as { code?: string }).code === "P2025";

/** Replaces a reply's shortcut, title and text; agents' menus pick it up the next time they type "/". */
export async function updateCannedReply(db: PrismaClient, workspaceId: string, input: UpdateCannedReplyInput) {
  const { cannedReplyId, ...changes } = input;
  await findCannedReply(db, workspaceId, cannedReplyId);
  await assertShortcutFree(db, workspaceId, changes.shortcut, cannedReplyId);
  try {
    return await db.cannedReply.update({ where: { id: cannedReplyId, workspaceId }, data: changes, select: cannedReplySelect });
  } catch (error) {
    if (violatesUnique(error, constraintNames.cannedReplyShortcut)) throw shortcutTaken(changes.shortcut);
    if (isMissingRecord(error)) throw cannedReplyGone();
    throw error;
  }
}
