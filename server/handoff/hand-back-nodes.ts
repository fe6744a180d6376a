import { definitionOf, isEntry } from "../flow/flow-graph";
import type { FlowDocument, FlowNode } from "../flow/schema";

const SHORT = 48;

/** A node as the hand-back picker shows it: "<type label>: <its first text, shortened, or its id>". */
function labelOf(node: FlowNode): string {
  const definition = definitionOf(node);
  const text = definition
    .texts(node.data)
    .find((t) => t.trim())
    ?.replace(/\s+/g, " ")
    .trim();
  const short = text ? (text.length > SHORT ? `${text.slice(0, SHORT - 1)}…` : text) : node.id;
  return `${definition.label}: ${short}`;
}

/** The nodes of a flow version an agent may hand a conversation back to: all but start. */
export function handBackNodes(document: FlowDocument): { id: string; label: string }[] {
  return document.nodes.filter((node) => !isEntry(node)).map((node) => ({ id: node.id, label: labelOf(node) }));
}
