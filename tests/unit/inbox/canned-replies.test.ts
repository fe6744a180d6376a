import { describe, expect, it } from "vitest";
import { fillPlaceholders } from "@/components/inbox/fill-placeholders";
import { filterCannedReplies } from "@/components/inbox/filter-canned-replies";
import { findSlashQuery, insertAtSlash } from "@/components/inbox/slash-command";

const replies = [
  { id: "1", shortcut: "refund", title: "Refund policy", text: "Refunds take 5 days." },
  { id: "2", shortcut: "hello", title: "Greeting", text: "Hi! I'm here to help." },
  { id: "3", shortcut: "ship", title: "Where is my order", text: "Let me check your order." },
  { id: "4", shortcut: "bye", title: "Closing and refund reminder", text: "Anything else?" },
];
const ids = (list: { id: string }[]) => list.map((reply) => reply.id);

describe("filterCannedReplies", () => {
  it("lists all (up to the limit) for an empty query", () => {
    expect(ids(filterCannedReplies(replies, ""))).toEqual(["1", "2", "3", "4"]);
    expect(ids(filterCannedReplies(replies, "", 2))).toEqual(["1", "2"]);
  });

  it("puts shortcut prefixes first, then title words, then anything containing it", () => {
    expect(ids(filterCannedReplies(replies, "ref"))).toEqual(["1", "4"]);
    expect(ids(filterCannedReplies(replies, "order"))).toEqual(["3"]);
    expect(ids(filterCannedReplies(replies, "ell"))).toEqual(["2"]);
  });

  it("ignores case and surrounding spaces, and a leading slash stored in the shortcut", () => {
    expect(ids(filterCannedReplies(replies, " HEL "))).toEqual(["2"]);
    expect(ids(filterCannedReplies([{ id: "5", shortcut: "/thanks", title: "Thanks" }], "than"))).toEqual(["5"]);
  });

  it("finds nothing when nothing matches", () => {
    expect(filterCannedReplies(replies, "zzz")).toEqual([]);
  });
});

describe("findSlashQuery", () => {
  it.each([
    ["/", 1, { start: 0, query: "" }],
    ["/ref", 4, { start: 0, query: "ref" }],
    ["Sure, /ref", 10, { start: 6, query: "ref" }],
    ["line one\n/hel", 13, { start: 9, query: "hel" }],
    ["/ref and more", 4, { start: 0, query: "ref" }],
  ])("%j at %i", (text, caret, expected) => {
    expect(findSlashQuery(text, caret)).toEqual(expected);
  });

  it.each([
    ["and/or", 6],
    ["https://example.com", 19],
    ["/ref done", 9],
    ["", 0],
  ])("no menu for %j at %i", (text, caret) => {
    expect(findSlashQuery(text, caret)).toBeNull();
  });
});

describe("insertAtSlash", () => {
  it("replaces the /query with the reply and puts the caret after it", () => {
    const text = "Hi! /ref thanks";
    const slash = findSlashQuery(text, 8)!;
    expect(insertAtSlash(text, slash, "Refunds take 5 days.")).toEqual({ text: "Hi! Refunds take 5 days. thanks", caret: 24 });
  });
});

describe("fillPlaceholders", () => {
  const values = { customer_name: "Dana", agent_name: "Sam Carter", order_id: "A-1001" };

  it("fills known placeholders, spaces inside the braces allowed", () => {
    expect(fillPlaceholders("Hi {{customer_name}}, {{ agent_name }} here about {{order_id}}.", values)).toEqual({
      text: "Hi Dana, Sam Carter here about A-1001.",
      unfilled: null,
    });
  });

  it("leaves unknown and empty ones as written, and points at the first", () => {
    const filled = fillPlaceholders("Hi {{customer_name}}, your {{plan}} renews on {{date}}.", values);
    expect(filled.text).toBe("Hi Dana, your {{plan}} renews on {{date}}.");
    expect(filled.text.slice(filled.unfilled!.start, filled.unfilled!.end)).toBe("{{plan}}");
    expect(fillPlaceholders("{{team_name}}", { team_name: "" }).unfilled).toEqual({ start: 0, end: 13 });
  });

  it("uses a placeholder's fallback when the conversation has no value for it", () => {
    expect(
      fillPlaceholders('Hi {{customer_name | fallback: "there"}}, your {{plan | "current"}} plan ({{ order_id | "none" }}).', { ...values, plan: "" }),
    ).toEqual({
      text: "Hi Dana, your current plan (A-1001).",
      unfilled: null,
    });
  });

  it("keeps text without placeholders, and braces that are not placeholders, untouched", () => {
    expect(fillPlaceholders("Use {{ }} or {{2fa}} or {single}", values)).toEqual({ text: "Use {{ }} or {{2fa}} or {single}", unfilled: null });
  });

  it("does not fill a value's own braces again", () => {
    expect(fillPlaceholders("{{customer_name}} {{agent_name}}", { customer_name: "{{agent_name}}", agent_name: "Sam" }).text).toBe("{{agent_name}} Sam");
  });

  it("fills only the conversation's own values, never what every object inherits", () => {
    expect(fillPlaceholders("{{constructor}} {{toString}} {{hasOwnProperty}}", values)).toEqual({
      text: "{{constructor}} {{toString}} {{hasOwnProperty}}",
      unfilled: { start: 0, end: 15 },
    });
  });
});
