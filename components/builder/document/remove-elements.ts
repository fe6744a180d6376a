import type { FlowDraft } from "@/server/flow/draft-schema";
import { isEntry } from "@/server/flow/flow-graph";

/** Removes nodes (except Start) with their connections, and edges; trigger targets that pointed at removed nodes are cleared. */
export function removeElements(draft: FlowDraft, nodeIds: Iterable<string>, edgeIds: Iterable<string>): FlowDraft {
  const entries = new Set(draft.nodes.filter(isEntry).map((node) => node.id));
  const removed = new Set([...nodeIds].filter((id) => !entries.has(id)));
  const removedEdges = new Set(edgeIds);
  if (removed.size === 0 && removedEdges.size === 0) return draft;
  const clear = (id: string | null) => (id && removed.has(id) ? null : id);
  const escalation = draft.settings.escalation;
  return {
    ...draft,
    nodes: draft.nodes.filter((node) => !removed.has(node.id)),
    edges: draft.edges.filter((edge) => !removedEdges.has(edge.id) && !removed.has(edge.source) && !removed.has(edge.target)),
    settings: {
      ...draft.settings,
      escalation: {
        ...escalation,
        defaultTargetNodeId: clear(escalation.defaultTargetNodeId),
        explicitRequest: { targetNodeId: clear(escalation.explicitRequest.targetNodeId) },
        sentiment: { ...escalation.sentiment, targetNodeId: clear(escalation.sentiment.targetNodeId) },
        lowConfidence: { ...escalation.lowConfidence, targetNodeId: clear(escalation.lowConfidence.targetNodeId) },
        repeated: { ...escalation.repeated, targetNodeId: clear(escalation.repeated.targetNodeId) },
        repeatContact: { ...escalation.repeatContact, targetNodeId: clear(escalation.repeatContact.targetNodeId) },
        newCustomer: { ...escalation.newCustomer, targetNodeId: clear(escalation.newCustomer.targetNodeId) },
        topics: escalation.topics.map((topic) => ({ ...topic, targetNodeId: clear(topic.targetNodeId) })),
      },
    },
  };
}
