import { describe, expect, it } from "vitest";
import { formatShare, toAnalyticsFlow } from "@/components/builder/analytics/to-analytics-flow";
import { shapeFlowOverlay } from "@/server/analytics/flow-overlay/shape-flow-overlay";
import { buildFlow } from "@/tests/helpers/flow-builder";

describe("toAnalyticsFlow", () => {
  const flow = buildFlow(
    [
      { id: "s", type: "start" },
      { id: "a", type: "ask", data: { text: "Email?", kind: "email", variable: "email" } },
      { id: "e", type: "end", data: { text: "Bye", askRating: false } },
    ],
    [
      ["s", "next", "a"],
      ["a", "answered", "e"],
    ],
  );
  const metrics = shapeFlowOverlay(flow, [
    { kind: "visit", node: "s", key: null, n: 8, m: 8 },
    { kind: "visit", node: "a", key: null, n: 8, m: 8 },
    { kind: "exit", node: "s", key: "next", n: 8, m: 0 },
    { kind: "exit", node: "a", key: "answered", n: 5, m: 0 },
  ]);

  it("labels each edge with its share and count, and lists every exit of a step (unconnected ones too)", () => {
    const { nodes, edges } = toAnalyticsFlow("f1", flow, metrics);
    expect(edges.map((edge) => edge.label)).toEqual(["100% · 8", "100% · 5"]);
    const ask = nodes.find((node) => node.id === "a")!;
    expect(ask.draggable).toBe(false);
    expect(ask.data.metrics.visits).toBe(8);
    expect(ask.data.exits.map((exit) => [exit.port.id, exit.edge?.count ?? null])).toEqual([
      ["answered", 5],
      ["invalid", null],
    ]);
  });

  it.each([
    [0, 0, "0%"],
    [0.004, 1, "<1%"],
    [0.625, 5, "63%"],
  ])("formatShare(%d, %d) = %s", (share, count, text) => {
    expect(formatShare(share, count)).toBe(text);
  });
});
