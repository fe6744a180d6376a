import { describe, expect, it } from "vitest";
import { derivePortId } from "@/components/builder/node-settings/derive-port-id";
import { newChoice, newIntent, newRouteRule } from "@/components/builder/node-settings/new-items";
import { portIdSchema } from "@/server/flow/common-schemas";

describe("derivePortId", () => {
  it.each([
    ["Billing question", "billing_question"],
    ["  Où est ma commande ?", "ou_est_ma_commande"],
    ["Refund / return!!", "refund_return"],
    ["🙂", "item"],
    ["", "item"],
  ])("derives %j → %j", (name, id) => {
    expect(derivePortId(name, [])).toBe(id);
  });

  it("stays unique among taken ids", () => {
    expect(derivePortId("Billing", ["billing", "billing_2"])).toBe("billing_3");
  });

  it("stays within 64 characters, also with a suffix", () => {
    const long = "a".repeat(80);
    expect(derivePortId(long, [])).toHaveLength(64);
    const second = derivePortId(long, ["a".repeat(64)]);
    expect(second).toHaveLength(64);
    expect(second.endsWith("_2")).toBe(true);
  });

  it.each(["Cancel my order", "ÄÖÜ", "x".repeat(100), "---", "日本語"])("always makes a valid port id from %j", (name) => {
    expect(portIdSchema.safeParse(derivePortId(name, [])).success).toBe(true);
  });
});

describe("new list items", () => {
  it("never reuse a node's fixed exit", () => {
    expect(newIntent("Low confidence", []).id).toBe("low_confidence_2");
    expect(newRouteRule("Default", []).id).toBe("default_2");
  });

  it("get ids unique within their list", () => {
    const first = newIntent("Billing", []);
    expect(newIntent("billing!", [first]).id).toBe("billing_2");
    const choice = newChoice("Yes", []);
    expect(newChoice("yes", [choice]).id).toBe("yes_2");
  });

  it("start half-written: examples and team still to fill", () => {
    expect(newIntent("Billing", [])).toEqual({ id: "billing", name: "Billing", examples: [], translations: [] });
    expect(newRouteRule("VIP", [])).toMatchObject({ id: "vip", label: "VIP", teamId: "" });
  });
});
