import "server-only";
import type { PrismaClient } from "../db/generated/client";
import { DomainError } from "../errors";
import { constraintNames } from "../db/constraint-names";
import { violatesUnique } from "../db/constraint-of";
import { assertShortcutFree, shortcutTaken } from "./assert-shortcut-free";
import type { CreateCannedReplyInput } from "./canned-reply-schemas";
import { cannedReplySelect } from "./list-canned-replies";

/** Every agent's "/" menu loads them all: this keeps that list (up to 2,000 characters each) a size a browser shrugs at. */
export const MAX_CANNED_REPLIES = 500;

/**
 * A new canned reply, at once in every agent's "/" menu. The cap is a size
 * guard, not a quota: two admins adding the last one at the same moment may
 * pass it by one, which is harmless, so it takes no lock.
 */
export async function createCannedReply(db: PrismaClient, workspaceId: string, input: CreateCannedReplyInput) {
  if ((await db.cannedReply.count({ where: { workspaceId } })) >= MAX_CANNED_REPLIES) {
    throw new DomainError("CONFLICT", `A workspace can have at most ${MAX_CANNED_REPLIES} canned replies. Delete ones agents no longer use first.`);
  }
  await assertShortcutFree(db, workspaceId, input.shortcut);
  try {
    return await db.cannedReply.create({ data: { workspaceId, ...input }, select: cannedReplySelect });
  } catch (error) {
    // Another admin took the shortcut between the check and the insert.
    if (violatesUnique(error, constraintNames.cannedReplyShortcut)) throw shortcutTaken(input.shortcut);
    throw error;
  }
}
