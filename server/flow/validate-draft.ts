import type { FlowDraft, FlowDraftNode } from "./draft-schema";
import { definitionOf } from "./flow-graph";
import { readDraftData } from "./read-draft-data";
import type { FlowDocument, FlowNode } from "./schema";
import { validateFlow, type FlowProblem, type ValidateOptions } from "./validate-flow";

export interface DraftValidation {
  problems: FlowProblem[];
  /** The draft as a runnable document: half-written settings replaced by their defaults (for the preview and graph checks). */
  document: FlowDocument;
  /** True when nothing blocks publishing. */
  publishable: boolean;
}

/**
 * Validates a draft as the builder shows it: every node's settings against
 * its schema (a problem per field), then the whole graph with validateFlow.
 * Pure and fast enough to run on every edit.
 */
export function validateDraft(draft: FlowDraft, options: ValidateOptions = {}): DraftValidation {
  const problems: FlowProblem[] = [];
  const nodes = draft.nodes.map((node) => coerceNode(node, problems));
  const document: FlowDocument = { version: draft.version, nodes, edges: draft.edges, settings: draft.settings };
  try {
    problems.push(...validateFlow(document, options));
  } catch {
    problems.push({ severity: "error", code: "unreadable", message: "Some node settings could not be read; check the highlighted nodes." });
  }
  return { problems, document, publishable: !problems.some((problem) => problem.severity === "error") };
}

/** The node with its data parsed; fields that fail become problems and fall back to defaults. */
function coerceNode(node: FlowDraftNode, problems: FlowProblem[]): FlowNode {
  const definition = definitionOf(node);
  const parsed = definition.data.safeParse(node.data);
  if (parsed.success) return { ...node, data: parsed.data } as FlowNode;
  for (const issue of parsed.error.issues) {
    problems.push({
      severity: "error",
      code: "invalid_field",
      nodeId: node.id,
      field: issue.path.join("."),
      message: `"${definition.label}" (${node.id}): ${issue.message}`,
    });
  }
  // A field that fails takes its default, unless that would change the node's exits (an intent still
  // without examples keeps its exit, and the connection drawn from it stays valid).
  const data = readDraftData(node.type, node.data) as Record<string, unknown>;
  const defaults = definition.data.parse({}) as Record<string, unknown>;
  const exits = (candidate: unknown) =>
    definition
      .ports(candidate)
      .map((port) => port.id)
      .join(" ");
  for (const key of new Set(parsed.error.issues.map((issue) => String(issue.path[0])))) {
    if (!(key in defaults)) continue;
    const reset = { ...data, [key]: defaults[key] };
    if (exits(reset) === exits(data)) data[key] = defaults[key];
  }
  return { ...node, data } as FlowNode;
}
