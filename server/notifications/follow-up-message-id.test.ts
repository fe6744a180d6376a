import { describe, expect, it } from "vitest";
import { conversationReference } from "../conversations/conversation-reference";
import { followUpMessageId, messageIdHost, parseFollowUpMessageId } from "./follow-up-message-id";

describe("e-mail follow-up threading", () => {
  it.each([
    ["Tandem <tandem@Acme.test>", "acme.test"],
    ["support@help.example.co.uk", "help.example.co.uk"],
    ["Tandem", "localhost"],
    ["", "localhost"],
  ])("the Message-ID host of %j is %s", (from, host) => {
    expect(messageIdHost(from)).toBe(host);
  });

  it("one Message-ID per message of a conversation, the same on every retry; the reference is the id's last 8 characters", () => {
    expect(followUpMessageId("cmx9abc", 7, "acme.test")).toBe("<cmx9abc.7@acme.test>");
    expect(followUpMessageId("cmx9abc", 7, "acme.test")).toBe(followUpMessageId("cmx9abc", 7, "acme.test"));
    expect(followUpMessageId("cmx9abc", 8, "acme.test")).not.toBe(followUpMessageId("cmx9abc", 7, "acme.test"));
    expect(conversationReference("cmx9mw6kd0002fs7d30pt6wbt")).toBe("#30PT6WBT");
  });

  it("parses what followUpMessageId makes back into the conversation and seq, for uuid and cuid ids", () => {
    for (const id of ["b2870f9e-d9fa-4296-812c-591077ea878a", "cmx9mw6kd0002fs7d30pt6wbt"]) {
      expect(parseFollowUpMessageId(followUpMessageId(id, 12, messageIdHost("Tandem <tandem@Acme.test>")))).toEqual({ conversationId: id, seq: 12 });
    }
  });

  it.each([
    ["another client's id", "<CAF=abc123@mail.gmail.com>"],
    ["no seq", "<b2870f9e.@acme.test>"],
    ["no brackets", "b2870f9e.3@acme.test"],
    ["two dots before the host", "<a.b.3@acme.test>"],
    ["empty", ""],
  ])("parses no follow-up Message-ID from %s", (_name, value) => {
    expect(parseFollowUpMessageId(value)).toBeNull();
  });
});
