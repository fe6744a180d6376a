import { createKnowledgeArticle } from "../../workspace/create-knowledge-article";
import { deleteKnowledgeArticle } from "../../workspace/delete-knowledge-article";
import {
  articleIdInputSchema,
  createKnowledgeArticleInputSchema,
  listKnowledgeArticlesInputSchema,
  tryKnowledgeSearchInputSchema,
  updateKnowledgeArticleInputSchema,
} from "../../workspace/knowledge-article-schemas";
import { listKnowledgeArticles } from "../../workspace/list-knowledge-articles";
import { loadKnowledgeArticle } from "../../workspace/load-knowledge-article";
import { tryKnowledgeSearch } from "../../workspace/try-knowledge-search";
import { updateKnowledgeArticle } from "../../workspace/update-knowledge-article";
import { adminProcedure, createTRPCRouter } from "../trpc";

/** Settings → Knowledge base: the articles the bot's self-service steps answer from. Admins only. */
export const knowledgeBaseRouter = createTRPCRouter({
  list: adminProcedure.input(listKnowledgeArticlesInputSchema).query(({ ctx, input }) => listKnowledgeArticles(ctx.db, ctx.viewer.workspaceId, input)),
  get: adminProcedure.input(articleIdInputSchema).query(({ ctx, input }) => loadKnowledgeArticle(ctx.db, ctx.viewer.workspaceId, input.articleId)),
  create: adminProcedure.input(createKnowledgeArticleInputSchema).mutation(({ ctx, input }) => createKnowledgeArticle(ctx.db, ctx.viewer.workspaceId, input)),
  update: adminProcedure.input(updateKnowledgeArticleInputSchema).mutation(({ ctx, input }) => updateKnowledgeArticle(ctx.db, ctx.viewer.workspaceId, input)),
  delete: adminProcedure.input(articleIdInputSchema).mutation(({ ctx, input }) => deleteKnowledgeArticle(ctx.db, ctx.viewer.workspaceId, input)),
  trySearch: adminProcedure.input(tryKnowledgeSearchInputSchema).query(({ ctx, input }) => tryKnowledgeSearch(ctx.db, ctx.viewer.workspaceId, input)),
});
