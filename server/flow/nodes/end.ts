import { z } from "zod";
import { templateSchema } from "../common-schemas";
import { defineNode } from "../define-node";

export const endNode = defineNode({
  group: "end",
  label: "End",
  description: "Closes the conversation, optionally asking for a 1–5 rating.",
  data: z.object({
    text: templateSchema.default("Thanks for chatting with us!"),
    askRating: z.boolean().default(true),
    ratingText: templateSchema.default("How did we do? Rate this chat from 1 (poor) to 5 (great)."),
  }),
  draft: { text: z.string(), askRating: z.boolean(), ratingText: z.string() },
  ports: () => [],
  waits: true,
  // The rating is an answer to a form, never a new request.
  triggersWhileWaiting: false,
  texts: (data) => [data.text, data.ratingText],
  writes: () => [],
  teams: () => [],
});
