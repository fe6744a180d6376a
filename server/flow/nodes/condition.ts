import { z } from "zod";
import { variableNameSchema } from "../common-schemas";
import { defineNode, port } from "../define-node";

export const conditionOperators = ["equals", "not_equals", "contains", "greater_than", "less_than", "is_set", "is_not_set"] as const;

export const conditionRuleSchema = z.object({
  variable: variableNameSchema,
  operator: z.enum(conditionOperators).default("equals"),
  value: z.string().max(500).default(""),
});

export const conditionNode = defineNode({
  group: "understanding",
  label: "Condition",
  description: "Branches on variables.",
  data: z.object({
    match: z.enum(["all", "any"]).default("all"),
    rules: z
      .array(conditionRuleSchema)
      .min(1, "Add at least one rule.")
      .default([{ variable: "intent", operator: "equals", value: "" }]),
  }),
  ports: () => [port("true", "True"), port("false", "False")],
  waits: false,
  texts: () => [],
  writes: () => [],
  teams: () => [],
});
