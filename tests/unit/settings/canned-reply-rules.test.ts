import { describe, expect, it } from "vitest";
import { cannedReplyLimits, matchesCannedReply, previewShortcut } from "@/components/settings/canned-reply-rules";
import { SHORTCUT_MAX, TEXT_MAX, TITLE_MAX, shortcutSchema } from "@/server/workspace/canned-reply-schemas";

describe("canned reply rules of the settings form", () => {
  it("counts against the server schema's limits", () => {
    expect(cannedReplyLimits).toEqual({ shortcut: SHORTCUT_MAX, title: TITLE_MAX, text: TEXT_MAX });
  });

  it.each(["/Refund", "  refund-2 ", "//HELLO"])("previews %j as the server stores it", (typed) => {
    expect(previewShortcut(typed)).toBe(shortcutSchema.parse(typed));
  });

  it("searches shortcut, title and text, every word, ignoring case", () => {
    const reply = { shortcut: "refund", title: "Refund policy", text: "Within 30 days of purchase." };
    expect(matchesCannedReply(reply, "")).toBe(true);
    expect(matchesCannedReply(reply, "/REF")).toBe(true);
    expect(matchesCannedReply(reply, "policy 30")).toBe(true);
    expect(matchesCannedReply(reply, "policy 31")).toBe(false);
  });
});
