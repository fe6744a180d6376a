import { z } from "zod";
import { FLOW_DOCUMENT_VERSION, flowDocumentSchema, type FlowDocument } from "./schema";

/** Upgrades from older document versions, keyed by the version they upgrade from. */
const migrations: Record<number, (doc: Record<string, unknown>) => Record<string, unknown>> = {
  // 1: (doc) => ({ ...doc, version: 2, … }) — the first change of the format goes here.
};

export type ParseFlowResult = { ok: true; document: FlowDocument } | { ok: false; problems: { path: string; message: string }[] };

/**
 * Parses anything (an import, a row from the database) into the current flow
 * document, upgrading older versions first. Never throws.
 */
export function parseFlowDocument(raw: unknown): ParseFlowResult {
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) {
    return { ok: false, problems: [{ path: "", message: "A flow document is a JSON object." }] };
  }
  let doc = raw as Record<string, unknown>;
  const version = doc.version;
  if (typeof version !== "number" || !Number.isInteger(version)) {
    return { ok: false, problems: [{ path: "version", message: "The document has no version number." }] };
  }
  if (version > FLOW_DOCUMENT_VERSION) {
    return {
      ok: false,
      problems: [{ path: "version", message: `Version ${version} is newer than this Tandem understands (${FLOW_DOCUMENT_VERSION}).` }],
    };
  }
  for (let v = version; v < FLOW_DOCUMENT_VERSION; v++) {
    const upgrade = migrations[v];
    if (!upgrade) return { ok: false, problems: [{ path: "version", message: `Version ${v} cannot be upgraded.` }] };
    doc = upgrade(doc);
  }
  const result = flowDocumentSchema.safeParse(doc);
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
