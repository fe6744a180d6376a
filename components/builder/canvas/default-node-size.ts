/** The size assumed for a node React Flow has not measured yet. */
export const DEFAULT_NODE_SIZE = { width: 256, height: 96 };
