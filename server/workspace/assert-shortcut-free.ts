import "server-only";
import type { Prisma } from "../db/generated/client";
import { DomainError } from "../errors";

/** The refusal for a shortcut in use; `field` lets the form show it under the shortcut. */
export const shortcutTaken = (shortcut: string, title?: string) =>
  new DomainError("CONFLICT", `/${shortcut} is already the shortcut of ${title ? `“${title}”` : "another reply"}. Choose another shortcut.`, {
    field: "shortcut",
  });

/** Refuses a shortcut another reply of the workspace has (shortcuts are stored lower-case, so this is the unique index's rule, said first). */
export async function assertShortcutFree(db: Prisma.TransactionClient, workspaceId: string, shortcut: string, exceptReplyId?: string) {
  const clash = await db.cannedReply.findFirst({
    where: { workspaceId, shortcut, ...(exceptReplyId ? { id: { not: exceptReplyId } } : {}) },
    select: { title: true },
  });
  if (clash) throw shortcutTaken(shortcut, clash.title);
}
