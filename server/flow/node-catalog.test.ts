import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { definitionOf } from "./flow-graph";
import { nodeCatalog, nodeTypes } from "./node-catalog";
import { readDraftData } from "./read-draft-data";
import type { FlowNode } from "./schema";
import { buildFlowTemplate } from "./templates/build-flow-template";
import { flowTemplateIds } from "./templates/flow-templates";

// What every definition must hold beyond what the compiler checks.

/** Every node of every template, each type's settings filled in the ways a real flow fills them. */
const realNodes: FlowNode[] = flowTemplateIds.flatMap((id) => buildFlowTemplate(id, { primary: "t1", secondary: "t2" }).nodes);

/** Types the templates leave out, with their settings filled in. */
const filledIn: FlowNode[] = [
  {
    id: "c",
    type: "condition",
    position: { x: 0, y: 0 },
    data: {
      match: "any",
      rules: [
        { variable: "plan", operator: "equals", value: "pro" },
        { variable: "vip", operator: "is_set", value: "" },
      ],
    },
  },
  { id: "v", type: "set_variable", position: { x: 0, y: 0 }, data: { variable: "topic", value: "{{intent}}" } },
  {
    id: "h",
    type: "http_request",
    position: { x: 0, y: 0 },
    data: {
      method: "POST",
      url: "https://example.com/orders/{{order_id}}",
      headers: { Accept: "application/json" },
      body: '{"id":"{{order_id}}"}',
      timeoutMs: 3000,
      mappings: [{ path: "order.status", variable: "order_status" }],
    },
  },
  { id: "a", type: "ask", position: { x: 0, y: 0 }, data: { ...nodeCatalog.ask.data.parse({}), kind: "choice", choices: [{ id: "yes", label: "Yes" }] } },
  { id: "s", type: "self_service", position: { x: 0, y: 0 }, data: { ...nodeCatalog.self_service.data.parse({}), articleIds: ["kb-1", "kb-2"] } },
];

describe("the node catalog", () => {
  it.each(nodeTypes)("%s has a default for every field, and draft fields for exactly those fields", (type) => {
    const defaults = nodeCatalog[type].data.parse({}) as Record<string, unknown>;
    expect(Object.keys(nodeCatalog[type].draft).sort()).toEqual(Object.keys(defaults).sort());
  });

  it("covers every type in these tests", () => {
    expect(new Set([...realNodes, ...filledIn].map((node) => node.type))).toEqual(new Set(nodeTypes));
  });

  it.each([...realNodes, ...filledIn].map((node) => [`${node.type} ${node.id}`, node] as const))(
    "reads valid %s settings through its draft fields unchanged",
    (_name, node) => {
      expect(readDraftData(node.type, structuredClone(node.data))).toEqual(node.data);
    },
  );

  it("has exactly one way in", () => {
    expect(nodeTypes.filter((type) => nodeCatalog[type].entry)).toEqual(["start"]);
  });

  it("names, among a node's teams, the team it hands off to or books a call with", () => {
    for (const node of [...realNodes, ...filledIn]) {
      const reach = definitionOf(node).reachesPerson;
      if (reach && reach.via !== "route") expect(definitionOf(node).teams(node.data)).toContain(reach.team(node.data));
    }
  });

  it("documents every type in docs/flow-format.md", () => {
    const docs = fs.readFileSync("docs/flow-format.md", "utf8");
    for (const type of nodeTypes) expect(docs, type).toContain(`| \`${type}\` |`);
  });
});
