import { describe, expect, it } from "vitest";
import { autoLayout } from "@/components/builder/canvas/auto-layout";
import { createFlowDocumentStore } from "@/components/builder/document/flow-document-store";
import { createBuilderUiStore } from "@/components/builder/ui/builder-ui-store";
import { fillPlaceholders } from "@/components/inbox/fill-placeholders";
import { initialEngineState, type EngineState } from "@/server/engine/engine-state";
import { readJsonPath } from "@/server/engine/read-json-path";
import { reasonLabel } from "@/server/engine/reason-label";
import { renderTemplate } from "@/server/engine/render-template";
import { renderUrlTemplate } from "@/server/engine/render-url-template";
import { turn } from "@/server/engine/turn";
import type { TurnInput } from "@/server/engine/turn-types";
import { variableNameSchema } from "@/server/flow/common-schemas";
import type { FlowDraft } from "@/server/flow/draft-schema";
import { queuePriority } from "@/server/handoff/queue-priority";
import { replyPlaceholders } from "@/server/inbox/reply-placeholders";
import { EmbeddedNlu } from "@/server/nlu/embedded-nlu";
import { normalizeText } from "@/server/nlu/normalize-text";
import { buildFlow } from "../helpers/flow-builder";
import { fakePorts } from "../helpers/fake-ports";
import { INHERITED_NAMES, keyFlow, LEAKED, VARIABLE_NAMES } from "../helpers/inherited-names";

const say = (text: string): TurnInput => ({ kind: "message", text });

describe("names every object inherits, through every text path", () => {
  const nlu = new EmbeddedNlu();

  it.each(INHERITED_NAMES)("the engine (real embedded NLU) with %s as the customer's answer and message", async (name) => {
    const flow = keyFlow();
    const ports = { ...fakePorts({ http: () => ({ ok: true, status: 200, json: JSON.parse('{"order":{"status":"x"}}') }) }), nlu };
    let state: EngineState = initialEngineState();
    const texts: string[] = [];
    const teamNames = { constructor: "Builders" };
    for (const input of [{ kind: "start" } as TurnInput, say(name), say(name), say(`my ${name} is broken`)]) {
      const result = await turn(flow, state, input, ports, { teamNames });
      state = result.state;
      texts.push(...result.messages.map((message) => message.text));
    }
    expect(texts.join("\n")).not.toMatch(LEAKED);
    // The answer is kept under the name "constructor" and shown back; nothing inherited became a value.
    expect(state.variables.constructor).toBe(name);
    expect(texts).toContain(`Name?`);
    expect(texts.some((text) => text.startsWith(`What now? constructor=${name} __proto__= toString=${name}!`))).toBe(true);
    expect(state.variables).toMatchObject({ toString: `${name}!`, valueOf: "" });
    // The answer's inherited JSON paths map to nothing; no variable holds anything inherited.
    expect(Object.entries(state.variables).filter(([key]) => key.startsWith("m_"))).toEqual(INHERITED_NAMES.map((n) => [`m_${n.replace(/_/g, "")}`, null]));
    for (const value of Object.values(state.variables)) expect(typeof value === "string" || value === null).toBe(true);
    expect(JSON.stringify(state.variables)).not.toMatch(LEAKED);
  });

  it("the embedded NLU recognises intents with inherited ids and names, and messages made of inherited words", async () => {
    const intents = [
      { id: "constructor", name: "constructor", examples: ["constructor", "my constructor is broken"] },
      { id: "toString", name: "__proto__", examples: ["toString please", "hasOwnProperty question"] },
      { id: "refund", name: "Refund", examples: ["refund", "I want my money back"] },
    ];
    expect(await nlu.classify("my constructor is broken", intents)).toMatchObject({ intentId: "constructor" });
    expect(await nlu.classify("I want my money back", intents)).toMatchObject({ intentId: "refund" });
    for (const name of INHERITED_NAMES) {
      for (const text of [name, `${name} ${name}`, `${name}s`, `where is my ${name}?`]) {
        const result = await nlu.classify(text, intents);
        expect(result.confidence).toBeGreaterThanOrEqual(0);
        expect([null, ...intents.map((intent) => intent.id)]).toContain(result.intentId);
        expect(nlu.detectHumanRequest(text)).toBeNull();
        expect(await nlu.sentiment(text)).toBeGreaterThanOrEqual(-1);
        expect(await nlu.summarize([text], { intent: name, reason: name })).not.toMatch(LEAKED);
      }
      expect(normalizeText(name).join(" ")).not.toMatch(LEAKED);
    }
    expect(normalizeText("constructor pls")).toEqual(["constructor", "please"]);
  });

  it("templates, URL templates, JSON paths and reason labels find own values only", () => {
    const variables = { constructor: "own" };
    for (const name of INHERITED_NAMES) {
      expect(renderTemplate(`{{${name}}}`, {})).toBe("");
      expect(renderUrlTemplate(`https://api.test/{{${name}}}`, {})).toBe("https://api.test/");
      expect(readJsonPath({}, name)).toBeUndefined();
      expect(readJsonPath({ a: [] }, `a.${name}`)).toBeUndefined();
      expect(reasonLabel(name)).not.toMatch(LEAKED);
    }
    expect(renderTemplate("{{constructor}}", variables)).toBe("own");
  });

  it("canned replies: placeholders named so are left for the agent unless the conversation has them", () => {
    const values = replyPlaceholders({ customerName: null, variables: { constructor: "Dana", toString: 7, valueOf: null }, team: null }, "Sam");
    expect(Object.getPrototypeOf(values)).toBeNull();
    expect({ ...values }).toEqual({ constructor: "Dana", toString: "7", agent_name: "Sam" });
    const filled = fillPlaceholders(INHERITED_NAMES.map((name) => `{{${name}}}`).join(" "), values);
    expect(filled.text).toBe("Dana {{__proto__}} 7 {{hasOwnProperty}} {{valueOf}} {{prototype}}");
    expect(fillPlaceholders("{{hasOwnProperty}}", {}).unfilled).toEqual({ start: 0, end: 18 });
  });

  it("priority rules on variables and values named so match only what the conversation holds", () => {
    const rules = VARIABLE_NAMES.flatMap((name) => [
      { id: `${name}-set`, kind: "variable" as const, variable: name, operator: "is_set" as const, value: "", boost: 1 },
      { id: `${name}-eq`, kind: "variable" as const, variable: "plan", operator: "equals" as const, value: name, boost: 10 },
    ]);
    expect(queuePriority("button", {}, rules)).toBe(0);
    expect(queuePriority("button", { valueOf: "x", plan: "constructor" }, rules)).toBe(11);
    expect(queuePriority("constructor", {}, [{ id: "r", kind: "reason", reasons: ["button"], boost: 3 }])).toBe(0);
  });

  it("__proto__ is refused as a variable name (it could never hold a value), with a message", () => {
    expect(variableNameSchema.safeParse("__proto__").error?.issues[0]?.message).toBe("__proto__ is reserved; choose another name.");
    for (const name of VARIABLE_NAMES) expect(variableNameSchema.safeParse(name).success).toBe(true);
  });

  it("the builder keeps sizes and positions of nodes with such ids, and lays them out", () => {
    const draft: FlowDraft = {
      version: 1,
      nodes: INHERITED_NAMES.map((id, i) => ({ id, type: i === 0 ? "start" : "message", position: { x: 0, y: 0 }, data: {} })),
      edges: INHERITED_NAMES.slice(1).map((id, i) => ({ id: `e-${id}`, source: INHERITED_NAMES[i]!, sourceHandle: "next", target: id })),
      settings: buildFlow([{ id: "s", type: "start" }], []).settings,
    };
    const ui = createBuilderUiStore();
    ui.getState().setMeasured(new Map(INHERITED_NAMES.map((id) => [id, { width: 100, height: 40 }])));
    expect([...ui.getState().measured.keys()]).toEqual([...INHERITED_NAMES]);
    const positions = autoLayout(draft, ui.getState().measured, () => 0);
    expect([...positions.keys()]).toEqual([...INHERITED_NAMES]);
    const xs = [...positions.values()].map((position) => position.x);
    expect(xs).toEqual([...xs].sort((a, b) => a - b));
    expect(new Set(xs).size).toBe(INHERITED_NAMES.length);
    const doc = createFlowDocumentStore(draft);
    doc.getState().moveNodes(positions, "record");
    expect(doc.getState().draft.nodes.map((node) => node.position)).toEqual([...positions.values()]);
  });
});
