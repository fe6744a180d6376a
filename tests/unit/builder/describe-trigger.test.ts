import { describe, expect, it } from "vitest";
import { describeTrigger } from "@/components/builder/panels/describe-trigger";

describe("describeTrigger (the Preview's why-it-escalated line)", () => {
  it.each([
    [
      { reason: "sentiment", cue: "giving_up", cueText: "forget it", score: 0.6, urgent: false, lowered: null, action: "offer" },
      "Offered a person: the customer seemed frustrated — cue Giving up: “forget it” (score 0.60).",
    ],
    [
      { reason: "sentiment", cue: "urgency", cueText: "losing sales", score: 0.84, urgent: true, lowered: null },
      "Escalated: the customer needs it urgently — cue Urgent: “losing sales” (score 0.84).",
    ],
    [
      { reason: "sentiment", cue: "anger", cueText: "annoying", score: 0.35, urgent: false, lowered: "trend", action: "offer" },
      "Offered a person: the customer seemed frustrated — cue Anger: “annoying” (score 0.35) — the bar was lowered by a worsening mood.",
    ],
    [{ reason: "explicit_request" }, "Escalated: the customer asked for a person."],
    [{ reason: "low_confidence", misunderstood: 3 }, "Escalated: the bot did not understand several times in a row."],
    [{ noMatch: "weak_or_none", minRelevance: 0.6 }, "No article answered the question well enough (relevance below 60 %): took “No article”."],
  ])("%j", (data, line) => {
    expect(describeTrigger(data)).toBe(line);
  });

  it("says nothing for events that are not decisions", () => {
    expect(describeTrigger({ noAgent: "nobody_online" })).toBeNull();
    expect(describeTrigger(undefined)).toBeNull();
  });
});
