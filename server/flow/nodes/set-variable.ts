import { z } from "zod";
import { templateSchema, variableNameSchema } from "../common-schemas";
import { defineNode, port } from "../define-node";

export const setVariableNode = defineNode({
  group: "understanding",
  label: "Set variable",
  description: "Stores a value (text with {{variables}}) in a variable.",
  data: z.object({ variable: variableNameSchema.default("topic"), value: templateSchema.default("") }),
  draft: { variable: z.string(), value: z.string() },
  ports: () => [port("next", "Next")],
  waits: false,
  texts: (data) => [data.value],
  writes: (data) => [data.variable],
  teams: () => [],
});
