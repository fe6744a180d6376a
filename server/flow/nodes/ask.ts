import { z } from "zod";
import { portIdSchema, templateSchema, variableNameSchema } from "../common-schemas";
import { defineNode, port } from "../define-node";
import { draftList, itemText } from "../draft-fields";

export const askKinds = ["text", "email", "phone", "number", "date", "choice"] as const;

export const askNode = defineNode({
  group: "conversation",
  label: "Ask",
  description: "Asks a question, checks the answer and keeps it in a variable.",
  data: z.object({
    text: templateSchema.min(1, "Write the question.").default("What's your email address?"),
    kind: z.enum(askKinds).default("text"),
    variable: variableNameSchema.default("answer"),
    choices: z
      .array(z.object({ id: portIdSchema, label: z.string().min(1).max(80) }))
      .max(12)
      .default([]),
    retryText: templateSchema.default("Sorry, that doesn't look right. Could you try again?"),
    maxAttempts: z.number().int().min(1).max(5).default(3),
  }),
  draft: {
    text: z.string(),
    kind: z.enum(askKinds),
    variable: z.string(),
    choices: draftList(z.object({ id: itemText, label: itemText })),
    retryText: z.string(),
    maxAttempts: z.number(),
  },
  ports: () => [port("answered", "Answered"), port("invalid", "Invalid")],
  waits: true,
  texts: (data) => [data.text, data.retryText],
  writes: (data) => [data.variable],
  teams: () => [],
});
