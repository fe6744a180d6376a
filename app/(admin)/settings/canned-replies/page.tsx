import type { Metadata } from "next";
import { CannedReplyList } from "@/components/settings/canned-reply-list";
import { requireAdmin } from "@/server/auth/require-viewer";
import { getDb } from "@/server/db";
import { listCannedReplies } from "@/server/workspace/list-canned-replies";

export const metadata: Metadata = { title: "Canned replies" };

export default async function CannedRepliesPage() {
  const viewer = await requireAdmin("/settings/canned-replies");
  return <CannedReplyList initialReplies={await listCannedReplies(await getDb(), viewer.workspaceId)} />;
}
