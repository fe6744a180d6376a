import "server-only";
import type { PrismaClient } from "../db/generated/client";
import { DomainError } from "../errors";
import { findFlowsUsingArticles } from "./find-flows-using-articles";
import { findKnowledgeArticle } from "./find-knowledge-article";
import type { ArticleIdInput } from "./knowledge-article-schemas";

const quoted = (names: string[]) => names.map((name) => `"${name}"`).join(", ");

/**
 * Deletes an article, unless a live flow's Self-service step ticks it, or an
 * earlier version does that chats still in progress run on: that step would
 * lose an answer its customers get today, for good (an unpublished article
 * can come back; a deleted one cannot). Drafts that tick it do not stop the
 * delete — the builder marks the tick as deleted — and are returned so the
 * page can say which. Should a publish slip in between the check and the
 * delete, the runtime skips ids it cannot find.
 */
export async function deleteKnowledgeArticle(db: PrismaClient, workspaceId: string, input: ArticleIdInput) {
  return db.$transaction(async (tx) => {
    const article = await findKnowledgeArticle(tx, workspaceId, input.articleId);
    const uses = (await findFlowsUsingArticles(tx, workspaceId, [article.id])).get(article.id) ?? [];
    const live = uses.filter((use) => use.live).map((use) => use.name);
    const running = uses.filter((use) => use.running && !use.live).map((use) => use.name);
    if (live.length) {
      throw new DomainError(
        "CONFLICT",
        `"${article.title}" can't be deleted while the published ${live.length === 1 ? "flow" : "flows"} ${quoted(live)} ${live.length === 1 ? "answers" : "answer"} with it. ` +
          `Untick it in ${live.length === 1 ? "that flow's" : "those flows'"} Self-service step and publish, or unpublish the article instead.`,
        { flows: live.length },
      );
    }
    if (running.length) {
      throw new DomainError(
        "CONFLICT",
        `"${article.title}" can't be deleted yet: chats still in progress on an earlier version of ${quoted(running)} can answer with it. ` +
          "Unpublish the article instead (those chats skip it), or delete it once they have ended — a day after their last message at the latest.",
        { flows: running.length },
      );
    }
    const deleted = await tx.knowledgeArticle.deleteMany({ where: { id: article.id, workspaceId } });
    if (deleted.count === 0) throw new DomainError("NOT_FOUND", "This article was deleted meanwhile.");
    return { articleId: article.id, title: article.title, drafts: uses.filter((use) => use.draft).map((use) => ({ flowId: use.flowId, name: use.name })) };
  });
}
