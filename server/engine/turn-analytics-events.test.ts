import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { fakePorts } from "@/tests/helpers/fake-ports";
import { parseFlowDocument } from "../flow/parse-flow-document";
import { initialEngineState, type EngineState } from "./engine-state";
import { turn } from "./turn";
import type { TurnInput, TurnResult } from "./turn-types";

const parsed = parseFlowDocument(JSON.parse(fs.readFileSync("tests/fixtures/flows/understand-loop.json", "utf8")));
if (!parsed.ok) throw new Error("fixture");
const flow = parsed.document;
const open = { teams: { "team-billing": { open: true, agentsOnline: 1 }, "team-technical": { open: true, agentsOnline: 1 } } };

async function run(inputs: TurnInput[]): Promise<TurnResult[]> {
  const ports = fakePorts(open);
  let state: EngineState = initialEngineState();
  const results: TurnResult[] = [];
  for (const input of [{ kind: "start" } as TurnInput, ...inputs]) {
    const result = await turn(flow, state, input, ports);
    state = result.state;
    results.push(result);
  }
  return results;
}
const visits = (result: TurnResult) => result.events.filter((e) => e.type === "node_visit").map((e) => [e.nodeId, e.data]);

describe("events the canvas analytics read", () => {
  it("records on each visit the exit it came through (null for a jump)", async () => {
    const results = await run([
      { kind: "message", text: "blorp zing" },
      { kind: "message", text: "I want a refund for my order" },
    ]);
    expect(visits(results[0]!)).toEqual([
      ["start", { from: null }],
      ["understand", { from: "start", port: "next" }],
    ]);
    expect(visits(results[1]!)).toEqual([["rephrase", { from: "understand", port: "low_confidence" }]]);
    expect(visits(results[2]!).slice(0, 2)).toEqual([
      ["route", { from: "rephrase", port: "understood" }],
      ["handoff", { from: "route", port: "refund" }],
    ]);
  });

  it("records each message no intent placed, at the step that heard it", async () => {
    const results = await run([{ kind: "message", text: "blorp zing" }]);
    const unrecognised = results[1]!.events.filter((e) => e.type === "unrecognised");
    expect(unrecognised).toEqual([{ type: "unrecognised", nodeId: "understand", data: expect.objectContaining({ text: "blorp zing" }) }]);
  });

  it("records the Talk-to-a-person button as a trigger at the waiting step, and the escalation target as a jump", async () => {
    const results = await run([{ kind: "handoff_button" }]);
    expect(results[1]!.events[0]).toEqual({ type: "trigger", nodeId: "understand", data: { reason: "button" } });
    expect(visits(results[1]!)[0]).toEqual(["route", { from: null }]);
  });
});
