import type { Metadata } from "next";
import { KnowledgeBaseScreen } from "@/components/settings/knowledge-base-screen";
import { requireAdmin } from "@/server/auth/require-viewer";
import { getDb } from "@/server/db";
import { listKnowledgeArticles } from "@/server/workspace/list-knowledge-articles";

export const metadata: Metadata = { title: "Knowledge base" };

/** /settings/knowledge-base — the articles the bot answers from. */
export default async function KnowledgeBasePage({ searchParams }: { searchParams: Promise<{ deleted?: string }> }) {
  const viewer = await requireAdmin("/settings/knowledge-base");
  const { deleted } = await searchParams;
  const initial = await listKnowledgeArticles(await getDb(), viewer.workspaceId);
  return <KnowledgeBaseScreen initial={initial} notice={deleted ? "Article deleted." : null} />;
}
