import { describe, expect, it } from "vitest";
import { pickAgent, type Candidate } from "./pick-agent";
import { queuePriority } from "./queue-priority";

const agent = (membershipId: string, active: number, maxConcurrent = 3): Candidate => ({ membershipId, userId: `u-${membershipId}`, name: membershipId, active, maxConcurrent });

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
  ] as const)("%s with %o → %d", (reason, variables, expected) => {
    expect(queuePriority(reason, variables)).toBe(expected);
  });
});
