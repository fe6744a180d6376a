import { describe, expect, it } from "vitest";
import { buildTimeline } from "@/components/inbox/build-timeline";
import { describeSentiment } from "@/components/inbox/describe-sentiment";
import { parseView } from "@/components/inbox/inbox-views";
import { readContextPackage } from "@/components/inbox/read-context-package";

const at = (minute: number) => new Date(Date.UTC(2026, 10, 23, 10, minute));

describe("buildTimeline", () => {
  it("interleaves notes with messages by time, messages in sequence order", () => {
    const messages = [
      { seq: 2, author: "bot" as const, text: "b", agentName: null, createdAt: at(1) },
      { seq: 1, author: "customer" as const, text: "a", agentName: null, createdAt: at(1) },
      { seq: 3, author: "agent" as const, text: "c", agentName: "Sam", createdAt: at(5) },
    ];
    const notes = [
      { id: "n1", authorName: "Sam", text: "vip", createdAt: at(1) },
      { id: "n2", authorName: "Sam", text: "early", createdAt: at(0) },
    ];
    expect(buildTimeline(messages, notes).map((entry) => entry.key)).toEqual(["nn2", "m1", "m2", "nn1", "m3"]);
  });
});

describe("describeSentiment", () => {
  it.each([
    [[], "No messages scored yet"],
    [[0.6], "Positive"],
    [[0.2, -0.1, -0.7], "Very negative, getting worse"],
    [[-0.6, -0.2, 0.3], "Positive, improving"],
    [[-0.3, -0.35], "Negative, steady"],
    [[0, 0.05], "Neutral, steady"],
  ])("%j → %s", (trend, expected) => {
    expect(describeSentiment(trend)).toBe(expected);
  });
});

describe("parseView", () => {
  it("accepts the known views and falls back to Mine", () => {
    expect(parseView("unassigned")).toBe("unassigned");
    expect(parseView("callbacks")).toBe("callbacks");
    expect(parseView("nope")).toBe("mine");
    expect(parseView(null)).toBe("mine");
  });
});

describe("readContextPackage", () => {
  it("reads a full package", () => {
    const context = {
      summary: "Wants a refund for order 42.",
      reason: "sentiment",
      intent: { name: "refund", confidence: 0.82 },
      sentimentTrend: [0.1, -0.4],
      tried: { articles: [{ id: "a1", title: "Refund policy" }], rephrases: 1 },
      variables: { order: "42", vip: true },
      lastMessages: ["this is useless"],
      channel: "WIDGET",
      cue: { kind: "insult", text: "useless" },
      language: "en",
    };
    expect(readContextPackage(context)).toEqual(context);
  });

  it("falls back part by part instead of failing on an old or broken package", () => {
    expect(readContextPackage({ summary: "Hi", intent: "refund", tried: { rephrases: -1 }, variables: null })).toEqual({
      summary: "Hi",
      reason: null,
      intent: null,
      sentimentTrend: [],
      tried: { articles: [], rephrases: 0 },
      variables: {},
      lastMessages: [],
      channel: null,
      cue: null,
      language: null,
    });
    expect(readContextPackage(null).summary).toBe("");
    expect(readContextPackage("nonsense").tried).toEqual({ articles: [], rephrases: 0 });
  });
});
