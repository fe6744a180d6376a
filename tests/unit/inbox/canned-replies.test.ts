import { describe, expect, it } from "vitest";
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
