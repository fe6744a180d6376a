import { z } from "zod";

/** The sizes an article may have; the settings page shows them beside the fields (counter, hints). */
export const articleLimits = { title: 160, body: 20_000, tags: 10, tag: 32, query: 200, question: 500 } as const;

/** PostgreSQL's text cannot hold NUL; anything else a person can type is kept as typed. */
const withoutNul = (value: string) => value.replace(/\u0000/g, "");
const clip = (text: string) => (text.length > 40 ? `${text.slice(0, 40)}…` : text);

export const articleTitleSchema = z
  .string({ error: "Enter a title." })
  .transform((value) => withoutNul(value).replace(/\s+/g, " ").trim())
  .pipe(
    z
      .string()
      .min(1, "Enter a title, like “How to reset your password”.")
      .max(articleLimits.title, `Keep the title to ${articleLimits.title} characters; put the details in the body.`),
  );

/** Plain text: line breaks kept (Windows ones become \n), surrounding blank space trimmed. The chat shows it as text, never HTML. */
export const articleBodySchema = z
  .string({ error: "Write the answer." })
  .transform((value) => withoutNul(value).replace(/\r\n?/g, "\n").trim())
  .pipe(
    z
      .string()
      .min(1, "Write the answer the bot should give.")
      .max(articleLimits.body, `Keep the body to ${articleLimits.body.toLocaleString("en")} characters; split a longer article in two.`),
  );

/** Tags as the search weighs them: trimmed, lower-case, one space between words, no empties or duplicates. */
export const articleTagsSchema = z
  .array(
    z
      .string({ error: "Tags are words, like billing or refund." })
      .transform((tag) => withoutNul(tag).replace(/\s+/g, " ").trim().toLowerCase())
      .pipe(
        z
          .string()
          .max(articleLimits.tag, { error: (issue) => `“${clip(String(issue.input))}” is too long: keep each tag to ${articleLimits.tag} characters.` }),
      ),
    { error: "Give the tags as a list." },
  )
  .transform((tags) => [...new Set(tags.filter(Boolean))])
  .pipe(z.array(z.string()).max(articleLimits.tags, `At most ${articleLimits.tags} tags: keep the ones customers would say.`));

const articleIdSchema = z.string({ error: "Choose an article." }).min(1, "Choose an article.").max(64);

export const articleIdInputSchema = z.object({ articleId: articleIdSchema });
export type ArticleIdInput = z.infer<typeof articleIdInputSchema>;

export const createKnowledgeArticleInputSchema = z.object({
  title: articleTitleSchema,
  body: articleBodySchema,
  tags: articleTagsSchema.default([]),
  published: z.boolean({ error: "Choose published or draft." }).default(true),
});
export type CreateKnowledgeArticleInput = z.infer<typeof createKnowledgeArticleInputSchema>;

/** The whole article, as the form sends it; `updatedAt` is the version the form started from, so a newer save by someone else is not overwritten. */
export const updateKnowledgeArticleInputSchema = createKnowledgeArticleInputSchema.extend({
  articleId: articleIdSchema,
  updatedAt: z.date({ error: "Reload the article and try again." }),
});
export type UpdateKnowledgeArticleInput = z.infer<typeof updateKnowledgeArticleInputSchema>;

export const articleStatusSchema = z.enum(["all", "published", "draft"], { error: "Choose all, published or draft." });
export type ArticleStatus = z.infer<typeof articleStatusSchema>;

export const listKnowledgeArticlesInputSchema = z.object({
  query: z.string().trim().max(articleLimits.query, `Search with at most ${articleLimits.query} characters.`).default(""),
  status: articleStatusSchema.default("all"),
});
export type ListKnowledgeArticlesInput = z.input<typeof listKnowledgeArticlesInputSchema>;

export const tryKnowledgeSearchInputSchema = z.object({
  question: z
    .string({ error: "Type a question." })
    .trim()
    .min(1, "Type a question a customer might ask.")
    .max(articleLimits.question, `Keep the question to ${articleLimits.question} characters.`),
});
export type TryKnowledgeSearchInput = z.infer<typeof tryKnowledgeSearchInputSchema>;
