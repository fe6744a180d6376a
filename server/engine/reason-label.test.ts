import { describe, expect, it } from "vitest";
import { reasonLabel } from "./reason-label";

describe("reasonLabel", () => {
  it.each([
    ["explicit_request", "Asked for a person"],
    ["button", "Pressed Talk to a person"],
    ["sentiment", "Frustrated"],
    ["low_confidence", "Bot didn't understand"],
    ["repeated", "Repeated themselves"],
    ["topic_rule", "Topic rule"],
    ["flow", "Reached a handoff"],
    ["transfer", "Transferred"],
    ["email_reply", "Answered by e-mail"],
  ])("%s → %s", (reason, expected) => {
    expect(reasonLabel(reason)).toBe(expected);
  });

  it("has nothing to say without a reason", () => {
    expect(reasonLabel(null)).toBeNull();
    expect(reasonLabel(undefined)).toBeNull();
    expect(reasonLabel("")).toBeNull();
  });

  it("humanises a code it does not know instead of hiding it", () => {
    expect(reasonLabel("vip_customer")).toBe("Vip customer");
    expect(reasonLabel("__")).toBeNull();
  });
});
