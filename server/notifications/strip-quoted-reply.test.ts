import { describe, expect, it } from "vitest";
import { stripQuotedReply } from "./strip-quoted-reply";

describe("stripQuotedReply", () => {
  it.each([
    ["plain text stays", "Thanks, that fixed it.\nSee you.", "Thanks, that fixed it.\nSee you."],
    ["Gmail's 'On … wrote:' and the quote", "Still doubled.\n\nOn Mon, 1 Dec 2026 at 10:00, Tandem <t@acme.test> wrote:\n> We refunded it.", "Still doubled."],
    ["a wrapped 'On … wrote:'", "Yes please\n\nOn Mon, 1 Dec 2026 at 10:00, Tandem\n<t@acme.test> wrote:\n\n> hi", "Yes please"],
    ["Outlook's Original Message", "Ok.\r\n\r\n-----Original Message-----\r\nFrom: Tandem\r\nSubject: x", "Ok."],
    ["Outlook's underscore rule and From: block", "Fine\n________________________________\nFrom: Tandem <t@acme.test>\nSent: Monday", "Fine"],
    ["a signature", "Order 42 please\n-- \nPat\nAcme Ltd", "Order 42 please"],
    ["interleaved quote lines are dropped, answers kept", "> Which order?\n42\n> And the date?\nMonday", "42\nMonday"],
    [
      "our own footer quoted without '>'",
      "Thanks!\n\nSam replied to your message:\nWe refunded it.\n—\nReference #ABCD1234.",
      "Thanks!\n\nSam replied to your message:\nWe refunded it.",
    ],
    ["only a quote reads as empty", "> We refunded it.\n> Anything else?", ""],
    ["'On' in the middle of a sentence is kept", "On Monday I was charged twice.\nPlease check.", "On Monday I was charged twice.\nPlease check."],
  ])("%s", (_name, input, expected) => {
    expect(stripQuotedReply(input)).toBe(expected);
  });
});
