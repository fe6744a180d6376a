import { describe, expect, it } from "vitest";
import { buildFlow } from "@/tests/helpers/flow-builder";
import { runTurns } from "@/tests/helpers/run-turns";
import type { FlowDocument } from "../flow/schema";
import type { TurnInput, TurnResult } from "./turn-types";

// The engine asks each node's definition (reachesPerson, triggersWhileWaiting) instead of testing type names.

const open = { teams: { t1: { open: true, agentsOnline: 1 } } };
const run = async (flow: FlowDocument, inputs: TurnInput[]) => (await runTurns(flow, inputs, open)).results;

const start: TurnInput = { kind: "start" };
const say = (text: string): TurnInput => ({ kind: "message", text });
const firstVisit = (result: TurnResult) => result.events.find((event) => event.type === "node_visit")?.nodeId;

/** Start → an Ask, plus the given nodes (unconnected: an escalation reaches them without an edge). */
const flowWith = (nodes: { id: string; type: string; data?: Record<string, unknown> }[]) =>
  buildFlow([{ id: "s", type: "start" }, { id: "q", type: "ask", data: { text: "What's up?" } }, ...nodes], [["s", "next", "q"]]);

const route = { id: "route", type: "route", data: { defaultTeamId: "t1" } };
const warm = { id: "warm", type: "handoff_warm", data: { teamId: "t1" } };
const cold = { id: "cold", type: "handoff_cold", data: { teamId: "t1" } };
const callback = { id: "callback", type: "callback", data: { teamId: "t1" } };

describe("an escalation that names no node", () => {
  it.each([
    ["the route, before any handoff", [cold, warm, route, callback], "route"],
    ["the warm handoff before the cold one, whatever their order", [cold, callback, warm], "warm"],
    ["the cold handoff when it is the only one", [callback, cold], "cold"],
  ])("goes to %s", async (_what, nodes, expected) => {
    const results = await run(flowWith(nodes), [start, { kind: "handoff_button" }]);
    expect(firstVisit(results[1]!)).toBe(expected);
  });

  it("goes to the callback when the customer asks to be called back", async () => {
    const results = await run(flowWith([route, warm, callback]), [start, say("can someone call me back please")]);
    expect(firstVisit(results[1]!)).toBe("callback");
  });
});

describe("escalation triggers while a node waits", () => {
  it("are checked on an Ask's answer", async () => {
    const results = await run(flowWith([warm]), [start, say("I want to talk to a human")]);
    expect(results[1]!.effects).toContainEqual(expect.objectContaining({ type: "handoff", reason: "explicit_request" }));
  });

  it.each([
    ["a callback's offer", buildFlow([{ id: "s", type: "start" }, callback, warm], [["s", "next", "callback"]])],
    ["the closing rating", buildFlow([{ id: "s", type: "start" }, { id: "e", type: "end" }, warm], [["s", "next", "e"]])],
  ])("are not checked on %s: the reply fills in a form", async (_what, flow) => {
    const results = await run(flow, [start, say("I want to talk to a human")]);
    expect(results[1]!.effects.some((effect) => effect.type === "handoff")).toBe(false);
    expect(results[1]!.events.some((event) => event.type === "trigger")).toBe(false);
  });
});
