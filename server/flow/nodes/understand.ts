import { z } from "zod";
import { portIdSchema, templateSchema } from "../common-schemas";
import { defineNode, port } from "../define-node";
import { draftList, itemList, itemText } from "../draft-fields";

const examplesSchema = z.array(z.string().min(1).max(300)).min(1, "Give at least one example phrase.").max(200);

export const intentSchema = z.object({
  id: portIdSchema,
  name: z.string().min(1).max(60),
  examples: examplesSchema,
  /** Example phrases in other languages: a customer writing in one of them is classified with these (and that language's stemmer). */
  translations: z
    .array(z.object({ language: z.string().regex(/^[a-z]{2,3}(-[a-z0-9]{2,8})*$/, "Use a language code like es, fr or pt-br."), examples: examplesSchema }))
    .max(10)
    .default([]),
});

export const understandNode = defineNode({
  group: "understanding",
  label: "Understand",
  description: "Recognises what the customer wants from example phrases.",
  data: z.object({
    text: templateSchema.default(""),
    intents: z.array(intentSchema).max(50).default([]),
    threshold: z.number().min(0).max(1).default(0.7),
  }),
  draft: {
    text: z.string(),
    intents: draftList(
      z.object({
        id: itemText,
        name: itemText,
        examples: itemList(z.string()),
        translations: itemList(z.object({ language: itemText, examples: itemList(z.string()) })),
      }),
    ),
    threshold: z.number(),
  },
  ports: (data) => [...data.intents.map((intent) => port(intent.id, intent.name)), port("low_confidence", "Low confidence")],
  waits: true,
  texts: (data) => [data.text],
  writes: () => ["intent"],
  teams: () => [],
  intents: (data) => data.intents,
});
