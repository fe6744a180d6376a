import "server-only";
import type { PrismaClient } from "../db/generated/client";

/** The fields of a canned reply that the settings page and the inbox's "/" menu show. */
export const cannedReplySelect = { id: true, shortcut: true, title: true, text: true } as const;

/** Canned replies agents insert by typing "/" and the shortcut, by shortcut. */
export function listCannedReplies(db: PrismaClient, workspaceId: string) {
  return db.cannedReply.findMany({ where: { workspaceId }, orderBy: { shortcut: "asc" }, select: cannedReplySelect });
}

export type CannedReplySummary = Awaited<ReturnType<typeof listCannedReplies>>[number];
