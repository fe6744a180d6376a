import { z } from "zod";
import { templateSchema } from "../common-schemas";
import { defineNode, port } from "../define-node";
import { draftList } from "../draft-fields";

/** The most articles one Self-service step shows. */
export const MAX_ARTICLES_SHOWN = 3;

export const selfServiceNode = defineNode({
  group: "escalation",
  label: "Self-service",
  description: "Graduated step 2: answers from knowledge-base articles, then asks whether that helped.",
  data: z.object({
    intro: templateSchema.default("Here's what I found:"),
    question: templateSchema.default("Did that help?"),
    maxArticles: z.number().int().min(1).max(MAX_ARTICLES_SHOWN).default(2),
    /** Limit the search to these article ids (empty: the whole knowledge base). */
    articleIds: z.array(z.string()).max(50).default([]),
  }),
  draft: { intro: z.string(), question: z.string(), maxArticles: z.number(), articleIds: draftList(z.string()) },
  ports: () => [port("resolved", "Resolved"), port("not_resolved", "Not resolved"), port("no_match", "No article")],
  waits: true,
  texts: (data) => [data.intro, data.question],
  writes: () => [],
  teams: () => [],
  articles: (data) => data.articleIds,
});
