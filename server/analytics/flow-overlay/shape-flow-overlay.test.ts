import { describe, expect, it } from "vitest";
import type { FlowDocument } from "../../flow/schema";
import type { OverlayRow } from "./flow-overlay-schemas";
import { heatLevel, heatThresholds } from "./heat-level";
import { shapeFlowOverlay } from "./shape-flow-overlay";

const doc = {
  nodes: [
    { id: "s", type: "start" },
    { id: "a", type: "ask" },
    { id: "m", type: "message" },
    { id: "e", type: "end" },
  ],
  edges: [
    { id: "s-a", source: "s", sourceHandle: "next", target: "a" },
    { id: "a-ok", source: "a", sourceHandle: "answered", target: "m" },
    { id: "a-bad", source: "a", sourceHandle: "invalid", target: "m" },
    { id: "m-e", source: "m", sourceHandle: "next", target: "e" },
  ],
} as unknown as FlowDocument;
const row = (kind: OverlayRow["kind"], node: string | null, key: string | null, n: number, m = 0): OverlayRow => ({ kind, node, key, n, m });

describe("shapeFlowOverlay", () => {
  it("adds exits to their edges with the share of the step's departures, and derives legacy exits only when one edge joins the steps", () => {
    const shaped = shapeFlowOverlay(doc, [
      row("conversations", null, null, 10),
      row("visit", "s", null, 10, 10),
      row("visit", "a", null, 10, 9),
      row("exit", "s", "next", 10),
      row("exit", "a", "answered", 6),
      row("exit", "a", "invalid", 2),
      row("exit", "ghost", "next", 5),
      row("legacy", "m", "e", 4),
      row("legacy", "a", "m", 7),
      row("unrecognised", "a", null, 4),
      row("escalation", "a", "button", 2),
      row("escalation", "a", "sentiment", 3),
      row("escalation", "a", "button", 1),
      row("ended", "a", "left", 2),
      row("ended", "e", "left", 1),
      row("ended", "e", "completed", 3),
    ]);
    const edge = (id: string) => shaped.edges.find((e) => e.edgeId === id);
    expect(edge("a-ok")).toMatchObject({ count: 6, share: 0.75, derived: 0 });
    expect(edge("a-bad")).toMatchObject({ count: 2, share: 0.25 });
    expect(edge("m-e")).toMatchObject({ count: 4, derived: 4, share: 1 });
    const a = shaped.nodes.find((n) => n.nodeId === "a")!;
    expect(a).toMatchObject({ visits: 10, conversations: 9, departures: 8, escalations: 6, unrecognised: 4, left: 2, completed: 0, heat: 5 });
    expect(a.escalationsByReason).toEqual([
      { reason: "button", count: 3 },
      { reason: "sentiment", count: 3 },
    ]);
    expect(shaped.nodes.find((n) => n.nodeId === "e")).toMatchObject({ completed: 4, left: 0 });
    expect(shaped.conversations).toBe(10);
    expect(shaped.maxVisits).toBe(10);
    expect(shaped.nodes.find((n) => n.nodeId === "m")!.heat).toBe(0);
  });

  it("has zeros and no heat for an empty period", () => {
    const shaped = shapeFlowOverlay(doc, []);
    expect(shaped.maxVisits).toBe(0);
    expect(shaped.nodes.every((n) => n.heat === 0 && n.visits === 0)).toBe(true);
    expect(shaped.edges.every((e) => e.share === 0)).toBe(true);
  });
});

describe("heatLevel", () => {
  it.each([
    [0, 100, 0],
    [1, 1, 5],
    [100, 100, 5],
    [1, 100, 1],
    [10, 100, 3],
    [50, 100, 5],
  ])("%i of %i visits → level %i", (visits, max, level) => {
    expect(heatLevel(visits, max)).toBe(level);
  });

  it("gives the legend each level's smallest count, in order", () => {
    const thresholds = heatThresholds(1000);
    expect(thresholds[0]).toBe(1);
    const present = thresholds.filter((t): t is number => t !== null);
    expect([...present].sort((x, y) => x - y)).toEqual(present);
    for (const [i, t] of thresholds.entries()) if (t !== null) expect(heatLevel(t, 1000)).toBe(i + 1);
    expect(heatThresholds(0)).toEqual([null, null, null, null, null]);
  });
});
