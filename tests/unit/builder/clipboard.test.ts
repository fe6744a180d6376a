import { describe, expect, it } from "vitest";
import { copySelection, pasteClipboard } from "@/components/builder/document/clipboard";
import { flowDraftSchema } from "@/server/flow/draft-schema";

const draft = flowDraftSchema.parse({
  version: 1,
  nodes: [
    { id: "a", type: "message", position: { x: 0, y: 0 }, data: { text: "A" } },
    { id: "b", type: "message", position: { x: 100, y: 0 }, data: { text: "B" } },
    { id: "c", type: "end", position: { x: 200, y: 0 }, data: {} },
  ],
  edges: [
    { id: "ab", source: "a", sourceHandle: "next", target: "b" },
    { id: "bc", source: "b", sourceHandle: "next", target: "c" },
  ],
  settings: { escalation: {}, variables: [], appearance: {} },
});

describe("copy and paste", () => {
  it("copies only the edges inside the selection", () => {
    const clipboard = copySelection(draft, ["a", "b"]);
    expect(clipboard.nodes.map((n) => n.id)).toEqual(["a", "b"]);
    expect(clipboard.edges.map((e) => e.id)).toEqual(["ab"]);
  });

  it("pastes twice without id collisions, every edge pointing at the new copies", () => {
    let n = 0;
    const makeId = (prefix: string) => `${prefix}-${++n}`;
    const clipboard = copySelection(draft, ["a", "b"]);
    const once = pasteClipboard(draft, clipboard, makeId, { x: 10, y: 10 });
    const twice = pasteClipboard(once.draft, clipboard, makeId, { x: 20, y: 20 });
    const ids = twice.draft.nodes.map((node) => node.id);
    expect(new Set(ids).size).toBe(ids.length);
    const pasted = twice.draft.edges.slice(2);
    expect(pasted).toHaveLength(2);
    for (const edge of pasted) {
      expect(ids).toContain(edge.source);
      expect(ids).toContain(edge.target);
      expect(["a", "b"]).not.toContain(edge.source);
    }
    expect(twice.nodeIds).toEqual(["message-4", "message-5"]);
  });

  it("does not share data objects with the originals", () => {
    const clipboard = copySelection(draft, ["a"]);
    const result = pasteClipboard(draft, clipboard, (p) => `${p}-x`, { x: 0, y: 0 });
    (result.draft.nodes.at(-1)!.data as { text: string }).text = "changed";
    expect(draft.nodes[0]!.data.text).toBe("A");
  });
});
