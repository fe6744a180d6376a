import { describe, expect, it } from "vitest";
import { paletteGroups } from "@/components/builder/palette/palette-groups";
import { nodeCatalog, nodeTypes } from "@/server/flow/node-catalog";

describe("the palette", () => {
  it("lists every type but Start once, under its catalog group, in the order it always had", () => {
    expect(paletteGroups()).toEqual([
      { group: "conversation", types: ["message", "ask"] },
      { group: "understanding", types: ["understand", "condition", "set_variable"] },
      { group: "escalation", types: ["rephrase", "self_service", "route", "handoff_warm", "handoff_cold", "callback"] },
      { group: "integrations", types: ["http_request"] },
      { group: "end", types: ["end"] },
    ]);
  });

  it("follows the catalog: each type sits in its own definition's group", () => {
    const listed = paletteGroups().flatMap(({ group, types }) => types.map((type) => `${type} in ${group}`));
    const catalog = nodeTypes.filter((type) => !nodeCatalog[type].entry).map((type) => `${type} in ${nodeCatalog[type].group}`);
    expect(listed.sort()).toEqual(catalog.sort());
  });
});
