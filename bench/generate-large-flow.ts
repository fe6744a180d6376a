// A large, realistic-looking flow for the builder benchmark: 300 nodes, 400 connections,
// forward edges only (no cycles), scattered positions so auto-layout has work to do.
import { flowDocumentSchema, type FlowDocument } from "../server/flow/schema";

/** Small deterministic PRNG (mulberry32), so every run draws the same flow. */
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function generateLargeFlow(nodeCount = 300, edgeCount = 400): FlowDocument {
  const rand = random(42);
  const kinds = ["condition", "ask", "message", "message", "ask", "condition"] as const;
  const nodes: { id: string; type: string; position: { x: number; y: number }; data: Record<string, unknown> }[] = [
    { id: "start", type: "start", position: { x: 0, y: 0 }, data: {} },
  ];
  for (let i = 1; i < nodeCount; i++) {
    const type = i > nodeCount - 50 ? "end" : kinds[i % kinds.length]!;
    const data =
      type === "message"
        ? { text: `Step ${i}: here is something useful about your order.` }
        : type === "ask"
          ? { text: `Question ${i}: what is your email?`, kind: "email", variable: `email_${i}` }
          : type === "condition"
            ? { rules: [{ variable: "intent", operator: "equals", value: `topic_${i}` }] }
            : {};
    nodes.push({ id: `n${i}`, type, position: { x: Math.round(rand() * 6000), y: Math.round(rand() * 4000) }, data });
  }
  const ports: Record<string, string[]> = { start: ["next"], message: ["next"], ask: ["answered", "invalid"], condition: ["true", "false"], end: [] };
  const edges: { id: string; source: string; sourceHandle: string; target: string }[] = [];
  for (let i = 0; i < nodeCount && edges.length < edgeCount; i++) {
    for (const port of ports[nodes[i]!.type]!) {
      if (edges.length >= edgeCount) break;
      const target = Math.min(nodeCount - 1, i + 1 + Math.floor(rand() * 12));
      edges.push({ id: `e${edges.length}`, source: nodes[i]!.id, sourceHandle: port, target: nodes[target]!.id });
    }
  }
  return flowDocumentSchema.parse({ version: 1, nodes, edges, settings: {} });
}
