import { describe, expect, it } from "vitest";
import { buildFlow } from "@/tests/helpers/flow-builder";
import { runTurns as run } from "@/tests/helpers/run-turns";
import type { EnginePorts } from "./ports";
import type { TurnInput } from "./turn-types";
const say = (text: string): TurnInput => ({ kind: "message", text });
const start: TurnInput = { kind: "start" };

describe("engine.turn, node by node", () => {
  it("message fills {{variables}} and an end without rating closes the conversation", async () => {
    const flow = buildFlow(
      [
        { id: "s", type: "start" },
        { id: "v", type: "set_variable", data: { variable: "who", value: "friend" } },
        { id: "m", type: "message", data: { text: "Hello {{who}} from {{bot_name}}!" } },
        { id: "e", type: "end", data: { text: "Bye", askRating: false } },
      ],
      [
        ["s", "next", "v"],
        ["v", "next", "m"],
        ["m", "next", "e"],
      ],
      { appearance: { botName: "Ava" } },
    );
    const { texts, state, results } = await run(flow, [start]);
    expect(texts[0]).toEqual(["Hello friend from Ava!", "Bye"]);
    expect(state.status).toBe("ended");
    expect(results[0]!.effects).toEqual([{ type: "ended" }]);
    expect(results[0]!.events.map((e) => e.nodeId)).toEqual(["s", "v", "m", "e"]);
  });

  it.each([
    ["email", ["nope", "sam@example.com"], "sam@example.com"],
    ["phone", ["12", "+44 (20) 7946-0000"], "+442079460000"],
    ["number", ["lots", "1,250"], 1250],
    ["date", ["31/02/2026", "2026-12-01"], "2026-12-01"],
  ] as const)("ask (%s) re-asks with the retry text, then stores the valid answer", async (kind, answers, stored) => {
    const flow = buildFlow(
      [
        { id: "s", type: "start" },
        { id: "a", type: "ask", data: { kind, variable: "x", text: "Your {{intent}} answer?", retryText: "Try again" } },
        { id: "ok", type: "message", data: { text: "Got {{x}}" } },
        { id: "e", type: "end", data: { askRating: false, text: "" } },
      ],
      [
        ["s", "next", "a"],
        ["a", "answered", "ok"],
        ["a", "invalid", "e"],
        ["ok", "next", "e"],
      ],
    );
    const { texts, state } = await run(flow, [start, say(answers[0]), say(answers[1])]);
    expect(texts[1]).toEqual(["Try again"]);
    expect(texts[2]).toEqual([`Got ${stored}`]);
    expect(state.variables.x).toBe(stored);
  });

  it("ask leaves by 'invalid' after its maximum attempts", async () => {
    const flow = buildFlow(
      [
        { id: "s", type: "start" },
        { id: "a", type: "ask", data: { kind: "email", maxAttempts: 2 } },
        { id: "bad", type: "end", data: { text: "Let's stop here", askRating: false } },
        { id: "e", type: "end", data: { askRating: false } },
      ],
      [
        ["s", "next", "a"],
        ["a", "answered", "e"],
        ["a", "invalid", "bad"],
      ],
    );
    const { texts } = await run(flow, [start, say("x"), say("y")]);
    expect(texts[2]).toEqual(["Let's stop here"]);
  });

  it("ask (choice) accepts a button or the typed label, and offers the buttons", async () => {
    const flow = buildFlow(
      [
        { id: "s", type: "start" },
        {
          id: "a",
          type: "ask",
          data: {
            kind: "choice",
            variable: "size",
            choices: [
              { id: "s", label: "Small" },
              { id: "l", label: "Large" },
            ],
          },
        },
        { id: "m", type: "message", data: { text: "{{size}}" } },
        { id: "e", type: "end", data: { askRating: false, text: "" } },
      ],
      [
        ["s", "next", "a"],
        ["a", "answered", "m"],
        ["a", "invalid", "e"],
        ["m", "next", "e"],
      ],
    );
    const byButton = await run(flow, [start, { kind: "choice", choiceId: "l" }]);
    expect(byButton.results[0]!.messages[0]!.choices).toEqual([
      { id: "s", label: "Small" },
      { id: "l", label: "Large" },
    ]);
    expect(byButton.texts[1]).toEqual(["Large"]);
    expect((await run(flow, [start, say("small")])).texts[1]).toEqual(["Small"]);
  });

  it.each([
    ["all", "5", "true"],
    ["all", "50", "false"],
    ["any", "50", "true"],
  ])("condition (%s) with %s → %s", async (match, n, expected) => {
    const flow = buildFlow(
      [
        { id: "s", type: "start" },
        { id: "v", type: "set_variable", data: { variable: "n", value: n } },
        {
          id: "c",
          type: "condition",
          data: {
            match,
            rules: [
              { variable: "n", operator: "less_than", value: "10" },
              { variable: "n", operator: "is_set" },
            ],
          },
        },
        { id: "t", type: "end", data: { text: "true", askRating: false } },
        { id: "f", type: "end", data: { text: "false", askRating: false } },
      ],
      [
        ["s", "next", "v"],
        ["v", "next", "c"],
        ["c", "true", "t"],
        ["c", "false", "f"],
      ],
    );
    expect((await run(flow, [start])).texts[0]).toEqual([expected]);
  });

  it("http_request maps JSON into variables, and takes 'error' on failure or timeout", async () => {
    const flow = buildFlow(
      [
        { id: "s", type: "start" },
        { id: "h", type: "http_request", data: { url: "https://api.test/orders/{{id}}", mappings: [{ path: "order.status", variable: "status" }] } },
        { id: "ok", type: "end", data: { text: "Status: {{status}}", askRating: false } },
        { id: "err", type: "end", data: { text: "Lookup failed", askRating: false } },
      ],
      [
        ["s", "next", "h"],
        ["h", "ok", "ok"],
        ["h", "error", "err"],
      ],
    );
    const ok = await run(flow, [start], { http: () => ({ ok: true, status: 200, json: { order: { status: "shipped" } } }) });
    expect(ok.texts[0]).toEqual(["Status: shipped"]);
    expect((await run(flow, [start], { http: () => ({ ok: false, status: 500, json: null }) })).texts[0]).toEqual(["Lookup failed"]);
    expect((await run(flow, [start], { http: () => new Error("timeout") })).texts[0]).toEqual(["Lookup failed"]);
  });

  it("http_request URL-encodes what a customer typed into the URL, keeps header values on one line, and maps own JSON properties only", async () => {
    const flow = buildFlow(
      [
        { id: "s", type: "start" },
        { id: "q", type: "ask", data: { text: "Order number?", variable: "order" } },
        {
          id: "h",
          type: "http_request",
          data: {
            url: "https://api.test/orders/{{order}}?ref={{order}}",
            headers: { "X-Order": "{{order}}" },
            mappings: [
              { path: "constructor", variable: "a" },
              { path: "status.toString", variable: "b" },
              { path: "items.0.name", variable: "c" },
              { path: "items.length", variable: "d" },
            ],
          },
        },
        { id: "ok", type: "end", data: { text: "a={{a}} b={{b}} c={{c}} d={{d}}", askRating: false } },
        { id: "err", type: "end", data: { text: "Lookup failed", askRating: false } },
        { id: "bad", type: "end", data: { text: "Invalid", askRating: false } },
      ],
      [
        ["s", "next", "q"],
        ["q", "answered", "h"],
        ["q", "invalid", "bad"],
        ["h", "ok", "ok"],
        ["h", "error", "err"],
      ],
    );
    const requests: Parameters<EnginePorts["http"]["request"]>[0][] = [];
    const { texts } = await run(flow, [start, say("../admin/users?x=1#\r\nX-Injected: yes")], {
      http: (_url, request) => {
        requests.push(request);
        return { ok: true, status: 200, json: { status: "shipped", items: [{ name: "Lamp" }] } };
      },
    });
    expect(requests[0]!.url).toBe(
      "https://api.test/orders/..%2Fadmin%2Fusers%3Fx%3D1%23%0D%0AX-Injected%3A%20yes?ref=..%2Fadmin%2Fusers%3Fx%3D1%23%0D%0AX-Injected%3A%20yes",
    );
    expect(new URL(requests[0]!.url).pathname).toBe("/orders/..%2Fadmin%2Fusers%3Fx%3D1%23%0D%0AX-Injected%3A%20yes");
    expect(requests[0]!.headers).toEqual({ "X-Order": "../admin/users?x=1# X-Injected: yes" });
    expect(texts[1]).toEqual(["a= b= c=Lamp d=1"]);
  });

  it("http_request takes 'error' on a redirect or an error status, and says so in the log", async () => {
    const flow = buildFlow(
      [
        { id: "s", type: "start" },
        { id: "h", type: "http_request", data: { url: "https://api.test/x" } },
        { id: "ok", type: "end", data: { text: "OK", askRating: false } },
        { id: "err", type: "end", data: { text: "Lookup failed", askRating: false } },
      ],
      [
        ["s", "next", "h"],
        ["h", "ok", "ok"],
        ["h", "error", "err"],
      ],
    );
    const { texts, ports } = await run(flow, [start], { http: () => ({ ok: false, status: 302, json: null }) });
    expect(texts[0]).toEqual(["Lookup failed"]);
    expect(ports.logs).toContain("info: http_request answered with an error status");
  });

  it("a loop that never waits is stopped by the step budget with a closing message, not a hang", async () => {
    const flow = buildFlow(
      [
        { id: "s", type: "start" },
        { id: "a", type: "set_variable" },
        { id: "b", type: "set_variable" },
      ],
      [
        ["s", "next", "a"],
        ["a", "next", "b"],
        ["b", "next", "a"],
      ],
    );
    const { results, state, ports } = await run(flow, [start]);
    expect(results[0]!.events.at(-1)).toMatchObject({ type: "step_budget_exceeded" });
    expect(results[0]!.messages.at(-1)!.text).toMatch(/something went wrong on our side/);
    expect(state.status).toBe("ended");
    expect(ports.logs.some((line) => line.startsWith("error: step budget"))).toBe(true);
  });
});

describe("engine.turn, handoffs and the human side", () => {
  const flow = buildFlow(
    [
      { id: "s", type: "start" },
      { id: "q", type: "ask", data: { text: "What's up?" } },
      {
        id: "r",
        type: "route",
        data: { defaultTeamId: "t1", rules: [{ id: "vip", label: "VIP", variable: "answer", operator: "contains", value: "vip", teamId: "t2" }] },
      },
      { id: "h", type: "handoff_warm" },
      { id: "cb", type: "callback" },
      { id: "e", type: "end" },
    ],
    [
      ["s", "next", "q"],
      ["q", "answered", "e"],
      ["q", "invalid", "e"],
      ["r", "vip", "h"],
      ["r", "default", "h"],
      ["h", "resolved", "e"],
      ["h", "no_agent", "cb"],
      ["cb", "scheduled", "e"],
      ["cb", "declined", "e"],
    ],
  );
  const open = { teams: { t1: { open: true, agentsOnline: 2 }, t2: { open: true, agentsOnline: 1 } } };

  it("'Talk to a person' hands off at once with reason 'button' and the context package", async () => {
    const { results, state } = await run(flow, [start, { kind: "handoff_button" }], open);
    const effect = results[1]!.effects[0];
    expect(effect).toMatchObject({ type: "handoff", kind: "WARM", reason: "button", teamId: "t1", nodeId: "h" });
    if (effect?.type !== "handoff") throw new Error("no handoff");
    expect(effect.context).toMatchObject({ reason: "button", intent: null, tried: { articles: [], rephrases: 0 } });
    expect(effect.introduction).toContain("{{agent_name}}");
    expect(state.status).toBe("human");
  });

  it("explicit requests in many phrasings escalate with reason 'explicit_request'", async () => {
    for (const text of ["agent", "human pls", "can I speak to a real person?", "talk to a humna"]) {
      const { results } = await run(flow, [start, say(text)], open);
      expect(results[1]!.effects[0], text).toMatchObject({ type: "handoff", reason: "explicit_request" });
    }
  });

  it("while a human owns the conversation the bot says nothing", async () => {
    const { texts, state } = await run(flow, [start, { kind: "handoff_button" }, say("hello?"), say("agent")], open);
    expect(texts[2]).toEqual([]);
    expect(texts[3]).toEqual([]);
    expect(state.status).toBe("human");
  });

  it("nobody takes it: the no_agent exit leads to the callback", async () => {
    const { texts, state } = await run(flow, [start, { kind: "handoff_button" }, { kind: "human_finished", outcome: "no_agent" }], open);
    expect(texts[2]).toEqual(["Nobody from Billing is free right now. Would you like us to call you back?"]);
    expect(state.status).toBe("bot");
  });

  it("a closed team goes straight to no_agent", async () => {
    const { results } = await run(flow, [start, { kind: "handoff_button" }], { teams: { t1: { open: false } } });
    // Not queued, but still an escalation: recorded as a handoff that found nobody.
    expect(results[1]!.effects).toEqual([
      expect.objectContaining({
        type: "no_agent",
        kind: "WARM",
        reason: "button",
        teamId: "t1",
        cause: "closed",
        context: expect.objectContaining({ reason: "button" }),
      }),
    ]);
    expect(results[1]!.events).toContainEqual({ type: "trigger", nodeId: expect.any(String), data: { noAgent: "closed" } });
    expect(results[1]!.messages[0]!.text).toMatch(/call you back/);
  });

  it("an agent hands back to the bot at a chosen node", async () => {
    const { texts, state } = await run(flow, [start, { kind: "handoff_button" }, { kind: "hand_back", nodeId: "e" }, say("4")], open);
    expect(texts[2]).toEqual(["Thanks for chatting with us!", "How did we do? Rate this chat from 1 (poor) to 5 (great)."]);
    expect(state.rating).toBe(4);
    expect(state.status).toBe("ended");
  });

  it("a hand-back once the bot owns the conversation again changes nothing (no second walk)", async () => {
    const { results, state } = await run(
      flow,
      [start, { kind: "handoff_button" }, { kind: "human_finished", outcome: "resolved" }, { kind: "hand_back", nodeId: "e" }],
      open,
    );
    expect(results[3]!.messages).toEqual([]);
    expect(state.waiting?.nodeId).toBe(results[2]!.state.waiting?.nodeId);
  });

  it("topic keywords escalate with reason 'topic_rule'", async () => {
    const withTopic = {
      ...flow,
      settings: { ...flow.settings, escalation: { ...flow.settings.escalation, topics: [{ id: "legal", keywords: ["legal action"], targetNodeId: "r" }] } },
    };
    const { results } = await run(withTopic, [start, say("I will take legal action")], open);
    expect(results[1]!.effects[0]).toMatchObject({ reason: "topic_rule" });
  });

  it("is deterministic: the same inputs give the same results", async () => {
    const inputs = [start, say("I'm furious, this is the worst"), say("yes")];
    const a = await run(flow, inputs, open);
    const b = await run(flow, inputs, open);
    expect(JSON.stringify(a.results)).toBe(JSON.stringify(b.results));
    expect(a.results[2]!.effects[0]).toMatchObject({ reason: "sentiment" });
  });
});
