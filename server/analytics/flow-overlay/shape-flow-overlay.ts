import type { FlowDocument } from "../../flow/schema";
import type { EdgeMetrics, FlowOverlayMetrics, NodeMetrics, OverlayRow } from "./flow-overlay-schemas";
import { heatLevel, heatThresholds } from "./heat-level";

/**
 * Turns the overlay query's aggregate rows into per-step and per-edge figures
 * for one published document. Exits recorded on visits count exactly; visits
 * recorded before exits were (no `from` in their data) count on an edge only
 * when exactly one edge joins the two steps. A conversation whose last step
 * is an End counts as completed there even while its rating question waits.
 */
export function shapeFlowOverlay(document: FlowDocument, rows: OverlayRow[]): FlowOverlayMetrics {
  const nodes = new Map<string, NodeMetrics>();
  for (const node of document.nodes) {
    nodes.set(node.id, {
      nodeId: node.id,
      visits: 0,
      conversations: 0,
      completed: 0,
      left: 0,
      escalations: 0,
      unrecognised: 0,
      escalationsByReason: [],
      departures: 0,
      heat: 0,
    });
  }
  const edges = new Map<string, EdgeMetrics>();
  const byPort = new Map<string, EdgeMetrics>();
  const between = new Map<string, EdgeMetrics[]>();
  for (const edge of document.edges) {
    const metrics: EdgeMetrics = { edgeId: edge.id, source: edge.source, sourceHandle: edge.sourceHandle, count: 0, derived: 0, share: 0 };
    edges.set(edge.id, metrics);
    if (!byPort.has(`${edge.source}:${edge.sourceHandle}`)) byPort.set(`${edge.source}:${edge.sourceHandle}`, metrics);
    const pair = `${edge.source}>${edge.target}`;
    between.set(pair, [...(between.get(pair) ?? []), metrics]);
  }
  const ends = new Set(document.nodes.filter((node) => node.type === "end").map((node) => node.id));
  let conversations = 0;

  for (const row of rows) {
    const node = row.node === null ? undefined : nodes.get(row.node);
    switch (row.kind) {
      case "conversations":
        conversations += row.n;
        break;
      case "visit":
        if (node) {
          node.visits += row.n;
          node.conversations += row.m;
        }
        break;
      case "exit": {
        const edge = byPort.get(`${row.node}:${row.key}`);
        if (edge) edge.count += row.n;
        break;
      }
      case "legacy": {
        const candidates = between.get(`${row.node}>${row.key}`) ?? [];
        if (candidates.length === 1) {
          candidates[0]!.count += row.n;
          candidates[0]!.derived += row.n;
        }
        break;
      }
      case "unrecognised":
        if (node) node.unrecognised += row.n;
        break;
      case "escalation":
        if (node) {
          node.escalations += row.n;
          const reason = row.key ?? "unknown";
          const known = node.escalationsByReason.find((entry) => entry.reason === reason);
          if (known) known.count += row.n;
          else node.escalationsByReason.push({ reason, count: row.n });
        }
        break;
      case "ended":
        // At an End step the customer has had the closing message (a pending rating question is not a drop-off).
        if (node && (row.key === "completed" || ends.has(node.nodeId))) node.completed += row.n;
        else if (node) node.left += row.n;
        break;
    }
  }

  for (const edge of edges.values()) {
    const source = nodes.get(edge.source);
    if (source) source.departures += edge.count;
  }
  for (const edge of edges.values()) {
    const departures = nodes.get(edge.source)?.departures ?? 0;
    edge.share = departures ? edge.count / departures : 0;
  }
  const maxVisits = Math.max(0, ...[...nodes.values()].map((node) => node.visits));
  for (const node of nodes.values()) {
    node.heat = heatLevel(node.visits, maxVisits);
    node.escalationsByReason.sort((a, b) => b.count - a.count || a.reason.localeCompare(b.reason));
  }
  return { conversations, maxVisits, heatThresholds: heatThresholds(maxVisits), nodes: [...nodes.values()], edges: [...edges.values()] };
}
