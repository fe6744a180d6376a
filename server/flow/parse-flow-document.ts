import { z } from "zod";
import { flowDocumentSchema, type FlowDocument } from "./schema";
import { upgradeFlowDocument } from "./upgrade-flow-document";

export type ParseFlowResult = { ok: true; document: FlowDocument } | { ok: false; problems: { path: string; message: string }[] };

/**
 * Parses anything (an import, a row from the database) into the current flow
 * document, upgrading older versions first. Never throws.
 */
export function parseFlowDocument(raw: unknown): ParseFlowResult {
  const upgraded = upgradeFlowDocument(raw);
  if (!upgraded.ok) return upgraded;
  const result = flowDocumentSchema.safeParse(upgraded.document);
  if (result.success) return { ok: true, document: result.data };
  return {
    ok: false,
    problems: result.error.issues.map((issue) => ({ path: issue.path.join("."), message: describeIssue(issue) })),
  };
}

function describeIssue(issue: z.core.$ZodIssue): string {
  if (issue.code === "invalid_union" && issue.path.at(-1) !== undefined) return "Unknown node type or invalid node.";
  return issue.message;
}
