import { z } from "zod";
import { readableVariableNameSchema } from "../common-schemas";
import { defineNode, port } from "../define-node";
import { draftList, itemChoice, itemText } from "../draft-fields";

export const conditionOperators = ["equals", "not_equals", "contains", "greater_than", "less_than", "is_set", "is_not_set"] as const;

export const conditionRuleSchema = z.object({
  variable: readableVariableNameSchema,
  operator: z.enum(conditionOperators).default("equals"),
  value: z.string().max(500).default(""),
});

const matchSchema = z.enum(["all", "any"]);

export const conditionNode = defineNode({
  group: "understanding",
  label: "Condition",
  description: "Branches on variables.",
  data: z.object({
    match: matchSchema.default("all"),
    rules: z
      .array(conditionRuleSchema)
      .min(1, "Add at least one rule.")
      .default([{ variable: "intent", operator: "equals", value: "" }]),
  }),
  draft: {
    match: matchSchema,
    rules: draftList(z.object({ variable: itemText, operator: itemChoice(conditionOperators), value: itemText })),
  },
  ports: () => [port("true", "True"), port("false", "False")],
  waits: false,
  texts: () => [],
  writes: () => [],
  teams: () => [],
});
