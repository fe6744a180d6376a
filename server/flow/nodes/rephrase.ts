import { z } from "zod";
import { templateSchema } from "../common-schemas";
import { defineNode, port } from "../define-node";

export const rephraseNode = defineNode({
  group: "escalation",
  label: "Ask to rephrase",
  description: "Graduated step 1: asks the customer to say it another way, then tries again.",
  data: z.object({
    text: templateSchema.min(1).default("Sorry, I didn't quite get that. Could you say it another way?"),
  }),
  draft: { text: z.string() },
  ports: () => [port("understood", "Understood"), port("still_unclear", "Still unclear")],
  waits: true,
  texts: (data) => [data.text],
  writes: () => ["intent"],
  teams: () => [],
});
