import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { initialEngineState } from "../engine/engine-state";
import { turn } from "../engine/turn";
import { fakePorts } from "@/tests/helpers/fake-ports";
import { parseFlowDocument } from "./parse-flow-document";
import { parseFlowDraft } from "./parse-flow-draft";
import { FLOW_DOCUMENT_VERSION } from "./schema";
import { upgradeFlowDocument } from "./upgrade-flow-document";
import { validateFlow } from "./validate-flow";

// A version-0 document: no `version`, React Flow's viewport and per-node/edge UI fields, no settings.
const v0 = () => JSON.parse(fs.readFileSync("tests/fixtures/flows/contact-v0.json", "utf8")) as Record<string, unknown>;

/** The same flow as a version-1 document says it. */
function asV1(doc: Record<string, unknown>) {
  const nodes = (doc.nodes as Record<string, unknown>[]).map(({ id, type, position, data }) => ({ id, type, position, data }));
  const edges = (doc.edges as Record<string, unknown>[]).map(({ id, source, sourceHandle, target }) => ({ id, source, sourceHandle, target }));
  return { version: 1, nodes, edges, settings: {} };
}

describe("flow document upgrades", () => {
  it("reads a version-0 document as the version-1 document that says the same", () => {
    const upgraded = parseFlowDocument(v0());
    const written = parseFlowDocument(asV1(v0()));
    if (!upgraded.ok || !written.ok) throw new Error(JSON.stringify([upgraded, written]));
    expect(upgraded.document).toEqual(written.document);
    expect(upgraded.document.version).toBe(FLOW_DOCUMENT_VERSION);
    expect(upgraded.document).not.toHaveProperty("viewport");
    expect(upgraded.document.nodes.find((node) => node.id === "greet")).toEqual({
      id: "greet",
      type: "message",
      position: { x: 320, y: 120 },
      data: { text: "Hi! Leave your email and we'll put you through to billing." },
    });
    expect(upgraded.document.edges[1]).toEqual({ id: "e-greet", source: "greet", sourceHandle: "next", target: "email" });
    expect(validateFlow(upgraded.document, { teamIds: ["team-billing"] }).filter((problem) => problem.severity === "error")).toEqual([]);
  });

  it("runs the upgraded flow", async () => {
    const parsed = parseFlowDocument(v0());
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
    const ports = fakePorts({ teams: { "team-billing": { agentsOnline: 0 } } });
    const first = await turn(parsed.document, initialEngineState(), { kind: "start" }, ports);
    expect(first.messages.map((message) => message.text)).toEqual(["Hi! Leave your email and we'll put you through to billing.", "What's your email address?"]);
    const second = await turn(parsed.document, first.state, { kind: "message", text: "sam@example.com" }, ports, { teamNames: { "team-billing": "Billing" } });
    expect(second.state.waiting).toMatchObject({ nodeId: "callback", step: "offer" });
  });

  it("upgrades a half-written version-0 draft as a draft, keeping what was typed", () => {
    const doc = v0();
    const nodes = (doc.nodes as Record<string, unknown>[]).map((node) => (node.id === "greet" ? { ...node, data: { text: "" } } : node));
    expect(parseFlowDocument({ ...doc, nodes }).ok).toBe(false);
    const draft = parseFlowDraft({ ...doc, nodes });
    expect(draft?.version).toBe(FLOW_DOCUMENT_VERSION);
    expect(draft?.nodes.find((node) => node.id === "greet")?.data).toEqual({ text: "" });
  });

  it("leaves a current document as it is", () => {
    const current = asV1(v0());
    expect(upgradeFlowDocument(current)).toEqual({ ok: true, document: current });
  });

  it.each([
    [
      "a newer version",
      { ...v0(), version: FLOW_DOCUMENT_VERSION + 1 },
      `Version ${FLOW_DOCUMENT_VERSION + 1} is newer than this Tandem understands (${FLOW_DOCUMENT_VERSION}).`,
    ],
    ["a version in quotes", { ...v0(), version: "1" }, "The document's version is not a whole number."],
    ["a fractional version", { ...v0(), version: 0.5 }, "The document's version is not a whole number."],
    ["a version before 0", { ...v0(), version: -1 }, "Version -1 cannot be upgraded."],
    ["a list", [], "A flow document is a JSON object."],
  ])("refuses %s with a reason", (_what, raw, message) => {
    expect(upgradeFlowDocument(raw)).toEqual({ ok: false, problems: [{ path: expect.any(String), message }] });
    expect(parseFlowDocument(raw).ok).toBe(false);
    expect(parseFlowDraft(raw)).toBeNull();
  });
});
