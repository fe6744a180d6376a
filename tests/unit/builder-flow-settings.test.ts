import { describe, expect, it } from "vitest";
import { describeSentiment } from "@/components/builder/flow-settings/sentiment-words";
import { newTopic, parseColor, parseKeywords, parseVariableName } from "@/components/builder/flow-settings/settings-schemas";
import { flowSettingsSchema } from "@/server/flow/schema";

describe("flow settings inputs", () => {
  it("parses comma-separated keywords and refuses an empty list", () => {
    expect(parseKeywords("refund, money back ,")).toEqual({ ok: true, value: ["refund", "money back"] });
    expect(parseKeywords(" , ").ok).toBe(false);
    expect(parseKeywords("x".repeat(61))).toEqual({ ok: false, message: "Keep this to 60 characters or fewer." });
  });

  it("refuses built-in, duplicate and malformed variable names", () => {
    expect(parseVariableName("order_id", [])).toEqual({ ok: true, value: "order_id" });
    expect(parseVariableName("agent_name", []).ok).toBe(false);
    expect(parseVariableName("order_id", ["order_id"]).ok).toBe(false);
    expect(parseVariableName("1st", [])).toEqual({ ok: false, message: "Use letters, digits and underscores, starting with a letter." });
  });

  it("checks colours", () => {
    expect(parseColor(" #AABBCC ")).toEqual({ ok: true, value: "#AABBCC" });
    expect(parseColor("#abc").ok).toBe(false);
  });

  it("names a new topic after its first keyword, uniquely, and it parses", () => {
    const first = newTopic(["Legal action", "lawyer"], []);
    const second = newTopic(["legal action"], [first]);
    expect([first.id, second.id]).toEqual(["legal_action", "legal_action_2"]);
    const settings = flowSettingsSchema.parse({});
    expect(flowSettingsSchema.safeParse({ ...settings, escalation: { ...settings.escalation, topics: [first, second] } }).success).toBe(true);
  });

  it.each([
    [-1, "Furious"],
    [-0.65, "Very upset"],
    [-0.4, "Upset"],
    [-0.2, "Annoyed"],
    [0, "Slightly unhappy"],
  ])("describes sentiment %d as %j", (threshold, words) => {
    expect(describeSentiment(threshold)).toBe(words);
  });
});
