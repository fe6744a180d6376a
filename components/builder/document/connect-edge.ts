import type { FlowEdge } from "@/server/flow/schema";

export interface Connection {
  source: string;
  sourceHandle: string;
  target: string;
}

/**
 * Adds a connection from one exit of a node. An exit leads to one place, so
 * connecting a port that already has an edge replaces that edge.
 */
export function connectEdge(edges: FlowEdge[], connection: Connection, id: string): FlowEdge[] {
  const kept = edges.filter((edge) => !(edge.source === connection.source && edge.sourceHandle === connection.sourceHandle));
  return [...kept, { id, source: connection.source, sourceHandle: connection.sourceHandle, target: connection.target }];
}
