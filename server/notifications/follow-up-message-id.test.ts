import { describe, expect, it } from "vitest";
import { conversationReference } from "../conversations/conversation-reference";
import { followUpMessageId, messageIdHost } from "./follow-up-message-id";

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
});
