import { describe, expect, it } from "vitest";
import { flowDraftSchema } from "./draft-schema";
import { validateDraft } from "./validate-draft";

const base = {
  version: 1,
  settings: { escalation: {}, variables: [], appearance: {} },
};

describe("validateDraft", () => {
  it("reports a half-written setting per field, keeping the node's exits and connections", () => {
    const draft = flowDraftSchema.parse({
      ...base,
      nodes: [
        { id: "start", type: "start", position: { x: 0, y: 0 }, data: {} },
        { id: "u", type: "understand", position: { x: 0, y: 0 }, data: { text: "Hi", intents: [{ id: "refund", name: "Refund", examples: [] }] } },
        { id: "m", type: "message", position: { x: 0, y: 0 }, data: { text: "" } },
        { id: "end", type: "end", position: { x: 0, y: 0 }, data: {} },
      ],
      edges: [
        { id: "e0", source: "start", sourceHandle: "next", target: "u" },
        { id: "e1", source: "u", sourceHandle: "refund", target: "m" },
        { id: "e2", source: "u", sourceHandle: "low_confidence", target: "end" },
        { id: "e3", source: "m", sourceHandle: "next", target: "end" },
      ],
    });
    const { problems, publishable, document } = validateDraft(draft);
    expect(problems.filter((p) => p.code === "invalid_field")).toEqual([
      expect.objectContaining({ nodeId: "u", field: "intents.0.examples", message: '"Understand" (u): Give at least one example phrase.' }),
      expect.objectContaining({ nodeId: "m", field: "text", message: '"Message" (m): Write the message.' }),
    ]);
    expect(problems.some((p) => p.code === "unknown_port")).toBe(false);
    expect(publishable).toBe(false);
    expect(document.nodes.find((n) => n.id === "m")!.data).toEqual({ text: "Hi! How can I help?" });
  });

  it("says a route needs a team", () => {
    const draft = flowDraftSchema.parse({ ...base, nodes: [{ id: "r", type: "route", position: { x: 0, y: 0 }, data: {} }], edges: [] });
    expect(validateDraft(draft).problems).toContainEqual(expect.objectContaining({ code: "route_without_team", nodeId: "r" }));
  });
});
