import { z } from "zod";
import { templateSchema, variableNameSchema } from "../common-schemas";
import { defineNode, port } from "../define-node";
import { draftList, draftRecord, itemText } from "../draft-fields";

const methodSchema = z.enum(["GET", "POST", "PUT", "PATCH", "DELETE"]);

export const httpRequestNode = defineNode({
  group: "integrations",
  label: "HTTP request",
  description: "Calls a webhook and keeps parts of its JSON answer in variables.",
  data: z.object({
    method: methodSchema.default("GET"),
    url: templateSchema.min(1, "Enter the URL.").default("https://example.com/api"),
    headers: z.record(z.string(), templateSchema).default({}),
    body: templateSchema.default(""),
    timeoutMs: z.number().int().min(100).max(30_000).default(5_000),
    /** JSON paths like `order.status` or `items.0.name` into variables. */
    mappings: z
      .array(z.object({ path: z.string().min(1).max(200), variable: variableNameSchema }))
      .max(30)
      .default([]),
  }),
  draft: {
    method: methodSchema,
    url: z.string(),
    headers: draftRecord(z.string()),
    body: z.string(),
    timeoutMs: z.number(),
    mappings: draftList(z.object({ path: itemText, variable: itemText })),
  },
  ports: () => [port("ok", "OK"), port("error", "Error")],
  waits: false,
  texts: (data) => [data.url, data.body, ...Object.values(data.headers)],
  writes: (data) => data.mappings.map((mapping) => mapping.variable),
  teams: () => [],
});
