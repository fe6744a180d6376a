import { describe, expect, it } from "vitest";
import { planDemoHistory } from "@/server/demo/plan-demo-history";

const NOW = new Date("2026-12-06T12:00:00Z");

describe("the demo history's plan", () => {
  it("is the same for the same seed and another for another seed", () => {
    expect(planDemoHistory(NOW, 7)).toEqual(planDemoHistory(NOW, 7));
    expect(planDemoHistory(NOW, 8)).not.toEqual(planDemoHistory(NOW, 7));
  });

  it("spreads 200–400 conversations in time order over today and the 29 days before, none in the last hour, with every opening", () => {
    const plans = planDemoHistory(NOW, 20261207);
    expect(plans.length).toBeGreaterThanOrEqual(200);
    expect(plans.length).toBeLessThanOrEqual(400);
    const times = plans.map((plan) => plan.at.getTime());
    expect(times).toEqual([...times].sort((a, b) => a - b));
    expect(Math.min(...times)).toBeGreaterThanOrEqual(Date.parse("2026-11-07T00:00:00Z"));
    expect(Math.max(...times)).toBeLessThanOrEqual(NOW.getTime() - 3_600_000);
    expect(new Set(plans.map((plan) => plan.opening)).size).toBe(12);
    // Known customers come back: some e-mail appears more than once.
    const emails = plans.flatMap((plan) => (plan.customer ? [plan.customer.email] : []));
    expect(new Set(emails).size).toBeLessThan(emails.length);
    expect(emails).toContain("lucia.garcia@example.com");
  });
});
