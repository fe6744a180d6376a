import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { fakePorts } from "@/tests/helpers/fake-ports";
import { parseFlowDocument } from "../flow/parse-flow-document";
import type { FlowDocument } from "../flow/schema";
import { initialEngineState, type EngineState, type VariableValue } from "./engine-state";
import { turn } from "./turn";
import type { TurnInput } from "./turn-types";

type Escalation = { repeatContact?: { enabled: boolean; withinDays: number }; newCustomer?: { enabled: boolean } };

function demo(escalation: Escalation): FlowDocument {
  const raw = JSON.parse(fs.readFileSync("tests/fixtures/flows/acme-demo.json", "utf8")) as { settings: { escalation: Escalation } };
  Object.assign(raw.settings.escalation, escalation);
  const parsed = parseFlowDocument(raw);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return parsed.document;
}

const open = { teams: { "team-billing": { open: true, agentsOnline: 1 }, "team-technical": { open: true, agentsOnline: 1 } } };

/** A chat whose host site said who the customer is (the variables start-chat seeds), then the customer's messages. */
async function run(flow: FlowDocument, customer: Record<string, VariableValue>, texts: string[]) {
  const ports = fakePorts(open);
  let state: EngineState = { ...initialEngineState(), variables: customer };
  const reasons: (string | undefined)[] = [];
  for (const input of [{ kind: "start" } as TurnInput, ...texts.map((text): TurnInput => ({ kind: "message", text }))]) {
    const result = await turn(flow, state, input, ports, { teamNames: { "team-billing": "Billing", "team-technical": "Technical" } });
    state = result.state;
    const handoff = result.effects.find((effect) => effect.type === "handoff");
    reasons.push(handoff?.type === "handoff" ? handoff.reason : undefined);
  }
  return { state, reasons };
}

const recent = { "customer.id": "u1", "customer.new": false, "customer.conversations": 2, "customer.days_since_person": 3 };

describe("repeat-contact triggers", () => {
  it.each([
    ["needed a person 3 days ago, rule 7 days", { repeatContact: { enabled: true, withinDays: 7 } }, recent, "repeat_contact"],
    ["needed a person 3 days ago, rule 2 days", { repeatContact: { enabled: true, withinDays: 2 } }, recent, undefined],
    ["rule off", { repeatContact: { enabled: false, withinDays: 7 } }, recent, undefined],
    ["never needed a person", { repeatContact: { enabled: true, withinDays: 7 } }, { "customer.new": false, "customer.conversations": 1 }, undefined],
    ["anonymous visitor", { repeatContact: { enabled: true, withinDays: 7 }, newCustomer: { enabled: true } }, {}, undefined],
    ["new customer, rule on", { newCustomer: { enabled: true } }, { "customer.id": "u2", "customer.new": true, "customer.conversations": 0 }, "new_customer"],
    ["returning customer, new-customer rule", { newCustomer: { enabled: true } }, recent, undefined],
  ] as [string, Escalation, Record<string, VariableValue>, string | undefined][])("%s", async (_, escalation, customer, expected) => {
    const { reasons } = await run(demo(escalation), customer, ["I forgot my password and can't log in"]);
    expect(reasons[1]).toBe(expected);
  });

  it("fires at the first message only", async () => {
    const { reasons } = await run(demo({ repeatContact: { enabled: false, withinDays: 7 } }), recent, ["hello"]);
    expect(reasons).toEqual([undefined, undefined]);
    const flow = demo({ repeatContact: { enabled: true, withinDays: 7 } });
    const later = await run(flow, { ...recent, "customer.days_since_person": 30 }, ["hello", "I forgot my password and can't log in"]);
    expect(later.reasons.filter((reason) => reason === "repeat_contact")).toEqual([]);
  });
});
