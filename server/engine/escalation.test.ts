import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { fakePorts } from "@/tests/helpers/fake-ports";
import { parseFlowDocument } from "../flow/parse-flow-document";
import type { FlowDocument } from "../flow/schema";
import { initialEngineState, type EngineState } from "./engine-state";
import { turn } from "./turn";
import type { TurnInput } from "./turn-types";

type RawFlow = { settings: { escalation: { sentiment: { enabled: boolean } } } };

function fixture(name: string, change: (doc: RawFlow) => void = () => {}): FlowDocument {
  const raw = JSON.parse(fs.readFileSync(`tests/fixtures/flows/${name}.json`, "utf8"));
  change(raw);
  const parsed = parseFlowDocument(raw);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return parsed.document;
}

const open = { teams: { "team-billing": { open: true, agentsOnline: 1 }, "team-technical": { open: true, agentsOnline: 1 } } };
const say = (text: string): TurnInput => ({ kind: "message", text });

async function run(flow: FlowDocument, inputs: TurnInput[]) {
  const ports = fakePorts(open);
  let state: EngineState = initialEngineState();
  const results = [];
  for (const input of [{ kind: "start" } as TurnInput, ...inputs]) {
    const result = await turn(flow, state, input, ports, { teamNames: { "team-billing": "Billing", "team-technical": "Technical" } });
    state = result.state;
    results.push(result);
  }
  return { state, results, last: results.at(-1)!, triggers: results.flatMap((r) => r.events.filter((e) => e.type === "trigger").map((e) => e.data)) };
}

const REPHRASE = "Sorry, I didn't quite get that. Could you say it another way?";

describe("escalation on frustration and urgency", () => {
  it("records the reason and the cue on the trigger event, the state and the agent's context package", async () => {
    const { triggers, state, last } = await run(fixture("acme-handoff-on-upset"), [say("forget it, I'm done")]);
    expect(triggers[0]).toMatchObject({ reason: "sentiment", cue: "giving_up", cueText: "forget it", lowered: null });
    expect(state.escalationCue).toEqual({ kind: "giving_up", text: "forget it" });
    const handoff = last.effects.find((effect) => effect.type === "handoff");
    expect(handoff?.type === "handoff" && handoff.context.cue).toEqual({ kind: "giving_up", text: "forget it" });
  });

  it("lowers the bar only because of the trend: the same last message alone gets no offer", async () => {
    const trend = await run(fixture("three-questions"), [say("it arrived on Monday"), say("it's a bit of a problem"), say("not great, the lamp flickers")]);
    expect(trend.triggers.at(-1)).toMatchObject({ reason: "sentiment", lowered: "trend", action: "offer" });
    const alone = await run(fixture("three-questions"), [say("not great, the lamp flickers")]);
    expect(alone.triggers).toEqual([]);
    expect(alone.state.waiting?.step).not.toBe("offer_human");
  });

  it("never asks a frustrated customer to rephrase, even with the sentiment trigger off", async () => {
    const off = fixture("acme-demo", (doc) => (doc.settings.escalation.sentiment.enabled = false));
    const { last } = await run(off, [say("this is so frustrating")]);
    const texts = last.messages.map((m) => m.text);
    expect(texts[0]).toBe("I'm sorry this is frustrating.");
    expect(texts).not.toContain(REPHRASE);
  });

  it("after 'no, carry on' asks its question again instead of 'say it another way'", async () => {
    const { last } = await run(fixture("acme-demo"), [say("ugh this is so annoying"), { kind: "choice", choiceId: "no" }]);
    expect(last.messages.map((m) => m.text)).toEqual(["No problem — let's keep going.", "What can I help you with today?"]);
  });

  it("answers in the customer's language and stores it", async () => {
    const { last, state } = await run(fixture("acme-demo"), [say("ich bin wirklich sauer, nichts funktioniert")]);
    expect(state.language).toBe("de");
    expect(last.messages[0]?.text).toBe("Es tut mir leid, dass das so frustrierend ist. Möchten Sie mit einem Menschen sprechen?");
  });
});

describe("the low-confidence streak counts after classifying", () => {
  it("escalates on a third misunderstood message when the count is 2", async () => {
    const { triggers, state } = await run(fixture("understand-loop"), [say("blorp zing"), say("flibber wabble"), say("quux snork")]);
    expect(triggers.at(-1)).toMatchObject({ reason: "low_confidence" });
    expect(state.escalationReason).toBe("low_confidence");
  });

  it("follows a clear request after two misunderstood ones", async () => {
    const { state } = await run(fixture("understand-loop"), [say("blorp zing"), say("flibber wabble"), say("I want a refund for my order")]);
    expect(state.intent?.name).toBe("Refund");
    expect(state.escalationReason).toBe("flow");
  });
});
