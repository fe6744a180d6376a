import type { FlowDraft, FlowDraftNode } from "./draft-schema";
import { nodeCatalog } from "./node-catalog";
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
  const definition = nodeCatalog[node.type];
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
  // Keep what can be kept, so ports and connections stay as drawn.
  const invalid = new Set(parsed.error.issues.map((issue) => String(issue.path[0])));
  const kept = Object.fromEntries(Object.entries(node.data).filter(([key]) => !invalid.has(key) || isPortBearing(key)));
  const retry = definition.data.safeParse(kept);
  const defaults = definition.data.safeParse({});
  const data = retry.success ? retry.data : { ...(defaults.success ? (defaults.data as object) : {}), ...kept };
  return { ...node, data } as FlowNode;
}

/** Lists whose items are exits (intents, route rules): never dropped, or their connections would vanish. */
const isPortBearing = (key: string) => key === "intents" || key === "rules";
