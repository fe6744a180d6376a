import { initialEngineState, type EngineState } from "@/server/engine/engine-state";
import { turn } from "@/server/engine/turn";
import type { TurnInput, TurnResult } from "@/server/engine/turn-types";
import type { FlowDocument } from "@/server/flow/schema";
import { fakePorts, type FakeWorld } from "./fake-ports";

/** Runs inputs one after another on fake ports, from a fresh conversation; returns every turn's result and the bot's texts per turn. */
export async function runTurns(flow: FlowDocument, inputs: TurnInput[], world: FakeWorld = {}, teamNames: Record<string, string> = { t1: "Billing" }) {
  const ports = fakePorts(world);
  let state: EngineState = initialEngineState();
  const results: TurnResult[] = [];
  for (const input of inputs) {
    const result = await turn(flow, state, input, ports, { teamNames });
    state = result.state;
    results.push(result);
  }
  return { results, state, ports, texts: results.map((r) => r.messages.map((m) => m.text)) };
}
