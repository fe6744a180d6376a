import { describe, expect, it } from "vitest";
import { nodeCatalog, nodeTypes } from "./node-catalog";
import { readDraftData } from "./read-draft-data";

describe("readDraftData", () => {
  it.each(nodeTypes)("gives the schema's defaults for empty %s data", (type) => {
    expect(readDraftData(type, {})).toEqual(nodeCatalog[type].data.parse({}));
  });

  it("keeps half-written values of the right type, even when the schema refuses them", () => {
    const data = readDraftData("ask", { text: "", maxAttempts: 9, variable: "1bad" });
    expect(data).toMatchObject({ text: "", maxAttempts: 9, variable: "1bad", kind: "text" });
  });

  it("replaces values of the wrong type by defaults", () => {
    const data = readDraftData("ask", { text: 42, kind: "telepathy", maxAttempts: Number.NaN, choices: "a,b" });
    expect(data).toMatchObject({ text: "What's your email address?", kind: "text", maxAttempts: 3, choices: [] });
  });

  it("fills missing fields inside list items and drops items that are not objects", () => {
    const data = readDraftData("understand", { intents: [{ id: "billing", name: "Billing" }, "junk", { id: "x", name: "X", examples: ["hi", 3] }] });
    expect(data.intents).toEqual([
      { id: "billing", name: "Billing", examples: [], translations: [] },
      { id: "x", name: "X", examples: ["hi"], translations: [] },
    ]);
  });

  it("gives route rules their per-field defaults and an empty team", () => {
    const data = readDraftData("route", { rules: [{ id: "vip", label: "VIP" }] });
    expect(data.rules[0]).toEqual({ id: "vip", label: "VIP", intent: "", language: "", variable: "", operator: "equals", value: "", teamId: "" });
    expect(data.defaultTeamId).toBe("");
  });

  it("keeps only string header values", () => {
    expect(readDraftData("http_request", { headers: { Accept: "application/json", Bad: 1 } }).headers).toEqual({ Accept: "application/json" });
  });
});
