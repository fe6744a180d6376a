import type { PrismaClient } from "../db/generated/client";

/** Canned replies agents insert by typing "/" and the shortcut. */
export function listCannedReplies(db: PrismaClient, workspaceId: string) {
  return db.cannedReply.findMany({
    where: { workspaceId },
    orderBy: { shortcut: "asc" },
    select: { id: true, shortcut: true, title: true, text: true },
  });
}
