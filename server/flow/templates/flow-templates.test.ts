import { describe, expect, it } from "vitest";
import { fakePorts, type FakeWorld } from "@/tests/helpers/fake-ports";
import { initialEngineState, type EngineState } from "../../engine/engine-state";
import { turn } from "../../engine/turn";
import type { TurnInput, TurnResult } from "../../engine/turn-types";
import { flowDocumentSchema, type FlowDocument } from "../schema";
import { validateFlow } from "../validate-flow";
import { buildFlowTemplate } from "./build-flow-template";
import { flowTemplates } from "./flow-templates";

const teams = { primary: "t-sales", secondary: "t-support" };
const teamIds = Object.values(teams);
const open: FakeWorld = { teams: { "t-sales": {}, "t-support": {} } };
const nonBlank = flowTemplates.filter((template) => template.id !== "blank");

/** Runs inputs one after another on fake ports; returns every turn's result. */
async function run(flow: FlowDocument, inputs: TurnInput[], world: FakeWorld = open) {
  const ports = fakePorts(world);
  let state: EngineState = initialEngineState();
  const results: TurnResult[] = [];
  for (const input of inputs) {
    const result = await turn(flow, state, input, ports, { teamNames: { "t-sales": "Sales", "t-support": "Support" } });
    state = result.state;
    results.push(result);
  }
  return { results, state, ports, effects: results.flatMap((result) => result.effects), events: results.flatMap((result) => result.events) };
}
const say = (text: string): TurnInput => ({ kind: "message", text });
const start: TurnInput = { kind: "start" };

describe("flow templates", () => {
  it("offers each template once, with a name and a description", () => {
    expect(new Set(flowTemplates.map((template) => template.id)).size).toBe(flowTemplates.length);
    for (const template of flowTemplates) expect(template.name && template.description).toBeTruthy();
  });

  it.each(nonBlank.map((template) => [template.id, template] as const))("%s passes validation with no problems at all", (_id, template) => {
    const document = template.build(teams);
    expect(flowDocumentSchema.safeParse(document).success).toBe(true);
    expect(validateFlow(document, { teamIds })).toEqual([]);
  });

  it.each(nonBlank.map((template) => [template.id, template] as const))("%s runs from Start to a question without errors", async (_id, template) => {
    const { state, results, events, ports } = await run(template.build(teams), [start]);
    expect(state.status).toBe("bot");
    expect(state.waiting).not.toBeNull();
    expect(results[0]!.messages.length).toBeGreaterThan(0);
    expect(events.filter((event) => event.type === "dead_end" || event.type === "step_budget_exceeded")).toEqual([]);
    expect(ports.logs).toEqual([]);
  });

  it("blank is a lone Start node", () => {
    const document = buildFlowTemplate("blank", teams);
    expect(document.nodes.map((node) => node.type)).toEqual(["start"]);
    expect(document.edges).toEqual([]);
  });

  it("graduated escalation: not helped by an article → routed to the topic's team with a warm handoff", async () => {
    const flow = buildFlowTemplate("graduated_escalation", teams);
    const { effects, state } = await run(flow, [start, say("I can't log in, I forgot my password"), say("no")]);
    expect(state.status).toBe("human");
    expect(effects).toContainEqual(expect.objectContaining({ type: "handoff", kind: "WARM", teamId: "t-support", nodeId: "handoff" }));
  });

  it("graduated escalation: nobody free → the callback offer", async () => {
    const flow = buildFlowTemplate("graduated_escalation", teams);
    const { state } = await run(flow, [start, say("talk to a person")], { teams: { "t-sales": { agentsOnline: 0 }, "t-support": { agentsOnline: 0 } } });
    expect(state.waiting).toMatchObject({ nodeId: "callback", step: "offer" });
  });

  it("lead qualification: a big company goes to sales, a small one gets a follow-up", async () => {
    const flow = buildFlowTemplate("lead_qualification", teams);
    const answers = (size: string) => [start, say("Dana"), say("dana@example.com"), say(size), { kind: "choice", choiceId: "demo" } as TurnInput];
    const big = await run(flow, answers("120"));
    expect(big.effects).toContainEqual(expect.objectContaining({ type: "handoff", teamId: "t-sales", nodeId: "handoff_sales" }));
    expect(big.state.variables).toMatchObject({ customer_name: "Dana", email: "dana@example.com", company_size: 120, interest: "A product demo" });
    const small = await run(flow, answers("12"));
    expect(small.state.status).toBe("ended");
    expect(small.results.at(-1)!.messages.map((m) => m.text)).toContain(
      'Thanks, Dana! We\'ll email dana@example.com about "A product demo" within one working day.',
    );
  });

  it("after-hours callback: open → transfer; closed → callback offer; declined → the email alternative", async () => {
    const flow = buildFlowTemplate("after_hours_callback", teams);
    const openRun = await run(flow, [start, say("My invoice is wrong")]);
    expect(openRun.effects).toContainEqual(expect.objectContaining({ type: "handoff", kind: "COLD", teamId: "t-sales" }));
    const closed = await run(flow, [start, say("My invoice is wrong"), say("no thanks")], { teams: { "t-sales": { open: false } } });
    expect(closed.results[1]!.state.waiting).toMatchObject({ nodeId: "callback", step: "offer" });
    expect(closed.results[2]!.messages.map((m) => m.text)[0]).toMatch(/email support@example.com/);
    expect(closed.state.waiting).toMatchObject({ nodeId: "end", step: "rating" });
  });

  it.each(flowTemplates.map((template) => [template.id] as const))("%s builds without teams, leaving team pickers empty", (id) => {
    const document = buildFlowTemplate(id, { primary: "", secondary: "" });
    expect(JSON.stringify(document)).not.toContain("__no_team");
    const problems = validateFlow(document, { teamIds: [] });
    expect(problems.filter((p) => p.severity === "error" && !/team/.test(p.code)).map((p) => p.code)).toEqual(id === "blank" ? ["unconnected_port"] : []);
  });
});
