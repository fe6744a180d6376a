import { describe, expect, it } from "vitest";
import { createReactFlowMapper, type CanvasView } from "@/components/builder/canvas/to-react-flow";
import { flowDraftSchema } from "@/server/flow/draft-schema";

const draft = flowDraftSchema.parse({
  version: 1,
  nodes: [
    { id: "u", type: "understand", position: { x: 0, y: 0 }, data: { intents: [{ id: "refund", name: "Refund", examples: [] }] } },
    { id: "m", type: "message", position: { x: 300, y: 0 }, data: { text: "Hi" } },
  ],
  edges: [{ id: "e", source: "u", sourceHandle: "refund", target: "m" }],
  settings: { escalation: {}, variables: [], appearance: {} },
});

const view = (overrides: Partial<CanvasView> = {}): CanvasView => ({
  selectedNodeIds: new Set(),
  selectedEdgeIds: new Set(),
  problems: [],
  previewNodeId: null,
  measured: new Map(),
  ...overrides,
});

describe("document ↔ React Flow mapping", () => {
  it("gives each node its exits as handles, even while an intent is half-written", () => {
    const nodes = createReactFlowMapper().toNodes(draft, view());
    expect(nodes[0]!.data.ports.map((port) => port.id)).toEqual(["refund", "low_confidence"]);
    expect(nodes[0]).toMatchObject({ id: "u", type: "flow", position: { x: 0, y: 0 }, selected: false });
    expect(nodes[0]!.data.connected).toBe("refund");
    expect(nodes[1]!.data.connected).toBe("");
  });

  it("keeps unchanged nodes' identity, so a drag re-renders one node", () => {
    const mapper = createReactFlowMapper();
    const first = mapper.toNodes(draft, view());
    const moved = { ...draft, nodes: [draft.nodes[0]!, { ...draft.nodes[1]!, position: { x: 320, y: 16 } }] };
    const second = mapper.toNodes(moved, view());
    expect(second[0]).toBe(first[0]);
    expect(second[1]).not.toBe(first[1]);
    expect(second[1]!.position).toEqual({ x: 320, y: 16 });
  });

  it("puts selection, badges and the preview highlight on the nodes, never into the document", () => {
    const nodes = createReactFlowMapper().toNodes(
      draft,
      view({ selectedNodeIds: new Set(["m"]), previewNodeId: "u", problems: [{ severity: "error", code: "x", nodeId: "u", message: "Fix me" }] }),
    );
    expect(nodes[1]!.selected).toBe(true);
    expect(nodes[0]!.data.active).toBe(true);
    expect(nodes[0]!.data.badges).toEqual({ errors: 1, warnings: 0, message: "Fix me" });
    expect(draft.nodes[1]).not.toHaveProperty("selected");
  });

  it("marks edges with errors and maps the port to the source handle", () => {
    const edges = createReactFlowMapper().toEdges(draft, view({ problems: [{ severity: "error", code: "unknown_port", edgeId: "e", message: "x" }] }));
    expect(edges[0]).toMatchObject({ id: "e", source: "u", sourceHandle: "refund", target: "m", className: "tandem-edge-error" });
  });
});
