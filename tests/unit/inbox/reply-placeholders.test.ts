import { describe, expect, it } from "vitest";
import { replyPlaceholders } from "@/server/inbox/reply-placeholders";

describe("replyPlaceholders", () => {
  it("offers what the bot collected, as text, with the customer's, agent's and team's names", () => {
    const values = replyPlaceholders(
      {
        customerName: null,
        variables: { customer_name: " Dana ", order_id: 1001, vip: true, empty: "", nested: { a: 1 }, list: [1] },
        team: { name: "Billing" },
      },
      "Sam Carter",
    );
    expect(values).toEqual({ customer_name: "Dana", order_id: "1001", vip: "true", agent_name: "Sam Carter", team_name: "Billing" });
  });

  it("prefers the conversation's customer name, then customer_name, then name; none means no customer_name", () => {
    expect(replyPlaceholders({ customerName: "Dana Lee", variables: { customer_name: "D" }, team: null }, "Sam").customer_name).toBe("Dana Lee");
    expect(replyPlaceholders({ customerName: null, variables: { name: "Lee" }, team: null }, "Sam").customer_name).toBe("Lee");
    expect(replyPlaceholders({ customerName: null, variables: null, team: null }, "Sam")).toEqual({ agent_name: "Sam" });
  });

  it("names the live agent and team, never an older agent_name or team_name a variable still holds", () => {
    const variables = { agent_name: "Previous Agent", team_name: "Sales", order_id: "A-1" };
    expect(replyPlaceholders({ customerName: null, variables, team: null }, "Sam")).toEqual({ agent_name: "Sam", order_id: "A-1" });
    expect(replyPlaceholders({ customerName: null, variables, team: { name: "Billing" } }, " ")).toEqual({ team_name: "Billing", order_id: "A-1" });
  });
});
