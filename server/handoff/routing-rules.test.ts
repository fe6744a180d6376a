import { describe, expect, it } from "vitest";
import { pickAgent, type Candidate } from "./pick-agent";
import { DEFAULT_PRIORITY_RULES, priorityRulesSchema, type PriorityRule } from "./priority-rule-schemas";
import { queuePriority } from "./queue-priority";

const agent = (membershipId: string, active: number, maxConcurrent = 3): Candidate => ({
  membershipId,
  userId: `u-${membershipId}`,
  name: membershipId,
  active,
  maxConcurrent,
});

describe("pickAgent", () => {
  const team = [agent("a", 2), agent("b", 1), agent("c", 3), agent("d", 1)];
  it.each([
    ["MANUAL", null, null],
    ["LEAST_BUSY", null, "b"], // fewest (b and d tie: membership order)
    ["ROUND_ROBIN", null, "a"],
    ["ROUND_ROBIN", "a", "b"],
    ["ROUND_ROBIN", "b", "d"], // c is full
    ["ROUND_ROBIN", "d", "a"], // wraps around
  ] as const)("%s after %s → %s", (policy, last, expected) => {
    expect(pickAgent(policy, team, last)?.membershipId ?? null).toBe(expected);
  });

  it("nobody with room → nobody", () => {
    expect(pickAgent("LEAST_BUSY", [agent("a", 1, 1)], null)).toBeNull();
  });
});

describe("queuePriority", () => {
  it.each([
    ["button", {}, 0],
    ["sentiment", {}, 1],
    ["button", { vip: true }, 10],
    ["sentiment", { vip: "Yes" }, 11],
    ["button", { vip: "true" }, 10],
    ["button", { vip: "no" }, 0],
    ["button", { vip: 1 }, 0],
  ] as const)("default rules: %s with %o → %d", (reason, variables, expected) => {
    expect(queuePriority(reason, variables, DEFAULT_PRIORITY_RULES)).toBe(expected);
  });

  const custom: PriorityRule[] = [
    { id: "big", kind: "variable", variable: "order_total", operator: "greater_than", value: "500", boost: 5 },
    { id: "gold", kind: "variable", variable: "plan", operator: "equals", value: "Gold", boost: 20 },
    { id: "has-order", kind: "variable", variable: "order_id", operator: "is_set", value: "", boost: 1 },
    { id: "stuck", kind: "reason", reasons: ["low_confidence", "repeated"], boost: 3 },
  ];
  it.each([
    ["flow", {}, 0],
    ["flow", { order_total: 501, plan: "gold" }, 25],
    ["flow", { order_total: "500" }, 0],
    ["repeated", { order_id: "A-1" }, 4],
    ["low_confidence", { order_id: "" }, 3],
    ["sentiment", { vip: true }, 0], // only the workspace's own rules count
  ] as const)("custom rules: %s with %o → %d", (reason, variables, expected) => {
    expect(queuePriority(reason, variables, custom)).toBe(expected);
  });
  it("a rule on a name every object inherits only matches the conversation's own variable", () => {
    const inherited: PriorityRule[] = [{ id: "c", kind: "variable", variable: "constructor", operator: "is_set", value: "", boost: 7 }];
    expect(queuePriority("flow", {}, inherited)).toBe(0);
    expect(queuePriority("flow", { constructor: "yes" }, inherited)).toBe(7);
  });
  it("no rules: everyone is equal (served by waiting time)", () => {
    expect(queuePriority("sentiment", { vip: true }, [])).toBe(0);
  });
});

describe("priorityRulesSchema", () => {
  const issues = (rules: unknown) => {
    const parsed = priorityRulesSchema.safeParse(rules);
    return parsed.success ? [] : parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
  };
  it("accepts the defaults and valid rules", () => {
    expect(issues(DEFAULT_PRIORITY_RULES)).toEqual([]);
    expect(issues([{ id: "a", kind: "variable", variable: "email", operator: "is_set", value: "", boost: 2 }])).toEqual([]);
  });
  it("says what is wrong, field by field", () => {
    expect(issues([{ id: "a", kind: "variable", variable: "2fast", operator: "equals", value: " ", boost: 0 }])).toEqual([
      "0.variable: Use letters, digits and underscores, starting with a letter.",
      "0.boost: Add at least 1 point.",
      "0.value: Enter the value to compare with.",
    ]);
    expect(issues([{ id: "b", kind: "reason", reasons: [], boost: 1.5 }])).toEqual(["0.reasons: Choose at least one reason.", "0.boost: Use a whole number."]);
    expect(issues([{ id: "c", kind: "reason", reasons: ["transfer"], boost: 1 }])[0]).toMatch(/^0\.reasons\.0:/);
    expect(issues([{ id: "d", kind: "reason", reasons: ["flow"], boost: 101 }])).toEqual(["0.boost: Add at most 100 points."]);
    expect(issues([DEFAULT_PRIORITY_RULES[2], DEFAULT_PRIORITY_RULES[2]])).toEqual(["1.id: Two rules have the same id."]);
    expect(issues(Array.from({ length: 21 }, (_, i) => ({ id: `r${i}`, kind: "reason", reasons: ["flow"], boost: 1 })))).toEqual([": Keep it to 20 rules."]);
  });
});
