import { describe, expect, it } from "vitest";
import { createFlowDocumentStore } from "@/components/builder/document/flow-document-store";
import { flowDraftSchema, type FlowDraft } from "@/server/flow/draft-schema";

function draft(): FlowDraft {
  return flowDraftSchema.parse({
    version: 1,
    nodes: [
      { id: "start", type: "start", position: { x: 0, y: 0 }, data: {} },
      { id: "ask", type: "ask", position: { x: 300, y: 0 }, data: { text: "Email?", kind: "email", variable: "email" } },
      { id: "end", type: "end", position: { x: 600, y: 0 }, data: {} },
    ],
    edges: [
      { id: "e1", source: "start", sourceHandle: "next", target: "ask" },
      { id: "e2", source: "ask", sourceHandle: "answered", target: "end" },
    ],
    settings: {
      escalation: { defaultTargetNodeId: "end", explicitRequest: { targetNodeId: "ask" }, sentiment: {}, lowConfidence: {}, repeated: {}, topics: [] },
      variables: [],
      appearance: {},
    },
  });
}

function store(clock = { now: 0 }) {
  let id = 0;
  return createFlowDocumentStore(draft(), { makeId: (prefix) => `${prefix}-${++id}`, now: () => clock.now });
}

describe("flow document store", () => {
  it("records an edit as one undo step, and redo brings it back", () => {
    const doc = store();
    doc.getState().addNode("message", { x: 10, y: 20 });
    expect(doc.getState().draft.nodes.map((n) => n.id)).toContain("message-1");
    doc.getState().undo();
    expect(doc.getState().draft.nodes).toHaveLength(3);
    doc.getState().redo();
    expect(doc.getState().draft.nodes.at(-1)).toMatchObject({
      id: "message-1",
      type: "message",
      position: { x: 10, y: 20 },
      data: { text: "Hi! How can I help?" },
    });
  });

  it("coalesces keystrokes in one node's settings within a second into one undo step", () => {
    const clock = { now: 0 };
    const doc = store(clock);
    for (const text of ["E", "Em", "Ema"]) {
      clock.now += 200;
      doc.getState().updateNodeData("ask", { ...doc.getState().draft.nodes[1]!.data, text });
    }
    clock.now += 5_000;
    doc.getState().updateNodeData("ask", { ...doc.getState().draft.nodes[1]!.data, text: "Email please" });
    expect(doc.getState().past).toHaveLength(2);
    doc.getState().undo();
    expect(doc.getState().draft.nodes[1]!.data.text).toBe("Ema");
    doc.getState().undo();
    expect(doc.getState().draft.nodes[1]!.data.text).toBe("Email?");
  });

  it("enters a drag into the history once, when it ends", () => {
    const doc = store();
    doc.getState().beginGesture();
    for (let x = 1; x <= 30; x++) doc.getState().moveNodes(new Map([["ask", { x: 300 + x, y: 0 }]]), "skip");
    doc.getState().endGesture();
    expect(doc.getState().past).toHaveLength(1);
    expect(doc.getState().revision).toBe(30);
    doc.getState().undo();
    expect(doc.getState().draft.nodes[1]!.position).toEqual({ x: 300, y: 0 });
  });

  it("never records loads, and a load clears the history", () => {
    const doc = store();
    doc.getState().addNode("end", { x: 0, y: 0 });
    const before = doc.getState().revision;
    doc.getState().load(draft());
    expect(doc.getState().past).toEqual([]);
    expect(doc.getState().future).toEqual([]);
    expect(doc.getState().revision).toBe(before);
  });

  it("replaces the edge of a port that is already connected", () => {
    const doc = store();
    doc.getState().addNode("message", { x: 0, y: 0 });
    doc.getState().connect({ source: "ask", sourceHandle: "answered", target: "message-1" });
    const fromAnswered = doc.getState().draft.edges.filter((e) => e.source === "ask" && e.sourceHandle === "answered");
    expect(fromAnswered).toEqual([{ id: "edge-2", source: "ask", sourceHandle: "answered", target: "message-1" }]);
  });

  it("refuses a node connected to itself", () => {
    const doc = store();
    const edges = doc.getState().draft.edges;
    doc.getState().connect({ source: "ask", sourceHandle: "invalid", target: "ask" });
    expect(doc.getState().draft.edges).toBe(edges);
  });

  it("removes nodes with their connections and clears triggers that led to them, but keeps Start", () => {
    const doc = store();
    doc.getState().remove(["ask", "start"], []);
    const { draft: after } = doc.getState();
    expect(after.nodes.map((n) => n.id)).toEqual(["start", "end"]);
    expect(after.edges).toEqual([]);
    expect(after.settings.escalation.explicitRequest.targetNodeId).toBeNull();
    expect(after.settings.escalation.defaultTargetNodeId).toBe("end");
  });

  it("adds a node after a selected one, connected to the given exit", () => {
    const doc = store();
    const id = doc.getState().addNode("message", { x: 900, y: 0 }, { nodeId: "ask", port: "invalid" });
    expect(doc.getState().draft.edges).toContainEqual({ id: "edge-2", source: "ask", sourceHandle: "invalid", target: id });
  });

  it("duplicates with fresh ids, remapping the edges between the copies", () => {
    const doc = store();
    const ids = doc.getState().duplicate(["start", "ask", "end"]);
    expect(ids).toEqual(["ask-1", "end-2"]);
    const { draft: after } = doc.getState();
    expect(after.nodes.filter((n) => n.type === "start")).toHaveLength(1);
    expect(after.edges.at(-1)).toEqual({ id: "edge-3", source: "ask-1", sourceHandle: "answered", target: "end-2" });
    expect(after.nodes.find((n) => n.id === "ask-1")!.position).toEqual({ x: 340, y: 40 });
    expect(doc.getState().past).toHaveLength(1);
  });
});
