import { flowDocumentSchema, type FlowDocument } from "../schema";

/**
 * "After-hours callback": greeting → what do you need → transfer to the
 * team; when nobody is there (closed, or everyone busy) → offer a callback
 * inside business hours; declined → an email address instead → end.
 */
export function afterHoursCallbackFlow(teams: { primary: string; secondary: string }): FlowDocument {
  const col = (n: number) => n * 300;
  return flowDocumentSchema.parse({
    version: 1,
    nodes: [
      { id: "start", type: "start", position: { x: col(0), y: 200 }, data: {} },
      {
        id: "greet",
        type: "message",
        position: { x: col(1), y: 200 },
        data: { text: "Hi! I'm {{bot_name}}. I'll pass you to our team — and if they're away, book a call back at a time that suits you." },
      },
      {
        id: "ask_issue",
        type: "ask",
        position: { x: col(2), y: 200 },
        data: { text: "In a sentence, what do you need help with?", kind: "text", variable: "issue" },
      },
      {
        id: "handoff",
        type: "handoff_cold",
        position: { x: col(3), y: 200 },
        data: { teamId: teams.primary, waitingText: "Thanks! Transferring you to our {{team_name}} team now." },
      },
      {
        id: "callback",
        type: "callback",
        position: { x: col(4), y: 350 },
        data: {
          teamId: teams.primary,
          offerText: "Our {{team_name}} team isn't available right now. Would you like us to call you back during opening hours?",
        },
      },
      {
        id: "email_instead",
        type: "message",
        position: { x: col(5), y: 500 },
        data: { text: "No problem. You can also email support@example.com and we'll reply on the next working day." },
      },
      { id: "end", type: "end", position: { x: col(6), y: 200 }, data: { text: "Thanks for getting in touch!", askRating: true } },
    ],
    edges: [
      ["start", "next", "greet"],
      ["greet", "next", "ask_issue"],
      ["ask_issue", "answered", "handoff"],
      ["ask_issue", "invalid", "handoff"],
      ["handoff", "resolved", "end"],
      ["handoff", "no_agent", "callback"],
      ["callback", "scheduled", "end"],
      ["callback", "declined", "email_instead"],
      ["email_instead", "next", "end"],
    ].map(([source, sourceHandle, target]) => ({ id: `${source}-${sourceHandle}`, source, sourceHandle, target })),
    settings: {
      variables: [{ name: "issue", description: "What the customer needs help with, in their words" }],
      escalation: { defaultTargetNodeId: "handoff", explicitRequest: { targetNodeId: "handoff" } },
    },
  });
}
