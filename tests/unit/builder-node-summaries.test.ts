import { describe, expect, it } from "vitest";
import type { BuilderContext } from "@/components/builder/builder-context";
import { nodeSummaries } from "@/components/builder/node-looks/node-summaries";
import { nodeTypes } from "@/server/flow/node-catalog";

const context: BuilderContext = {
  teams: [
    { id: "t-billing", name: "Billing" },
    { id: "t-tech", name: "Technical" },
  ],
  articles: [],
  variables: ["email"],
  nodes: [],
};

describe("nodeSummaries", () => {
  it.each([
    [
      "message",
      { text: "Hello   there!\nHow can I help you with your order today, and anything else at all?" },
      "Hello there! How can I help you with your order today, and…",
    ],
    ["message", { text: "" }, "No text yet"],
    ["ask", { kind: "email", variable: "email" }, "Email → {{email}}"],
    ["ask", { kind: "choice", variable: "plan", choices: [{ id: "a", label: "A" }] }, "1 choice → {{plan}}"],
    ["understand", { intents: [1, 2, 3, 4].map((n) => ({ id: `i${n}`, name: `I${n}`, examples: ["x"] })) }, "4 intents · threshold 70%"],
    ["condition", { rules: [{ variable: "plan", operator: "equals", value: "gold" }] }, "plan is gold"],
    [
      "condition",
      {
        match: "any",
        rules: [
          { variable: "vip", operator: "is_set" },
          { variable: "plan", operator: "equals", value: "gold" },
        ],
      },
      "Any of 2: vip has a value or plan is gold",
    ],
    [
      "route",
      {
        rules: [
          { id: "a", label: "A", teamId: "t-billing" },
          { id: "b", label: "B", teamId: "t-billing" },
        ],
        defaultTeamId: "t-tech",
      },
      "2 rules → Billing, default Technical",
    ],
    ["route", {}, "No rules · no default team"],
    ["handoff_warm", { teamId: "t-billing" }, "Warm → Billing"],
    ["handoff_warm", {}, "Warm → team from Route"],
    ["handoff_cold", { teamId: "gone" }, "Cold → deleted team"],
    ["callback", { teamId: "t-billing", slotCount: 4 }, "Billing · 4 slots"],
    ["callback", { slotCount: 1 }, "Team from Route · 1 slot"],
    ["http_request", { method: "GET", url: "https://api.example.com/orders/{{order_id}}" }, "GET api.example.com"],
    ["http_request", { method: "POST", url: "{{base_url}}/x" }, "POST {{base_url}}"],
    ["self_service", { maxArticles: 2 }, "Up to 2 articles · whole knowledge base"],
    ["end", {}, "Closes · asks for a rating"],
    ["end", { askRating: false }, "Closes the conversation"],
  ] as const)("%s %j → %j", (type, data, summary) => {
    expect(nodeSummaries[type](data as Record<string, unknown>, context)).toBe(summary);
  });

  it.each(nodeTypes)("summarises %s data of the wrong shape without throwing", (type) => {
    const junk = { text: 1, intents: "x", rules: [null, 5], teamId: {}, headers: [], url: null };
    expect(typeof nodeSummaries[type](junk, context)).toBe("string");
  });
});
