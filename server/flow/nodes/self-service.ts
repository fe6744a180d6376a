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
    /**
     * How much of the question an article must cover (0 … 1) to be shown; a weaker match takes no_match.
     * 0.5 keeps every demo article that answers a question (short ones like "has my parcel shipped" cover half)
     * and drops 13 of 15 partial matches (one word in three): npm run bench:relevance.
     */
    minRelevance: z.number().min(0).max(1).default(0.5),
  }),
  draft: { intro: z.string(), question: z.string(), maxArticles: z.number(), articleIds: draftList(z.string()), minRelevance: z.number() },
  ports: () => [port("resolved", "Resolved"), port("not_resolved", "Not resolved"), port("no_match", "No article")],
  waits: true,
  texts: (data) => [data.intro, data.question],
  writes: () => [],
  teams: () => [],
  articles: (data) => data.articleIds,
});
