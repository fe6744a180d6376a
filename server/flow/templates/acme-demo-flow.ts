import { flowDocumentSchema, type FlowDocument } from "../schema";

/**
 * The demo flow "Acme support": greeting → understand → self-service per
 * intent; low confidence → rephrase → self-service; not helped → route by
 * issue (billing/refund → Billing, technical/password → Technical) → warm or
 * cold handoff → no agent → callback → end with a rating.
 */
export function acmeDemoFlow(teams: { billing: string; technical: string }): FlowDocument {
  const col = (n: number) => n * 300;
  return flowDocumentSchema.parse({
    version: 1,
    nodes: [
      { id: "start", type: "start", position: { x: col(0), y: 200 }, data: {} },
      {
        id: "greet",
        type: "message",
        position: { x: col(1), y: 200 },
        data: { text: "Hi! I'm {{bot_name}}. I can help with orders, refunds, billing, passwords and technical problems." },
      },
      {
        id: "understand",
        type: "understand",
        position: { x: col(2), y: 200 },
        data: {
          text: "What can I help you with today?",
          threshold: 0.7,
          intents: [
            {
              id: "order_status",
              name: "Order status",
              examples: [
                "where is my order",
                "track my package",
                "has my parcel shipped",
                "when will my order arrive",
                "my delivery is late",
                "my order hasn't arrived",
                "delivery status",
                "where's my stuff",
              ],
            },
            {
              id: "refund",
              name: "Refund",
              examples: [
                "I want a refund",
                "give me my money back",
                "how do I return an item",
                "refund my order",
                "can I get reimbursed",
                "I want to send it back",
                "my item arrived damaged",
              ],
            },
            {
              id: "billing",
              name: "Billing question",
              examples: [
                "I was charged twice",
                "download my invoice",
                "I need a receipt",
                "update my card",
                "my payment failed",
                "question about my bill",
                "why was I charged",
              ],
            },
            {
              id: "technical",
              name: "Technical problem",
              examples: [
                "the app keeps crashing",
                "the app won't load",
                "the website is broken",
                "I get an error message",
                "the page doesn't work",
                "bug in the app",
              ],
            },
            {
              id: "password",
              name: "Password reset",
              examples: [
                "reset my password",
                "I forgot my password",
                "I can't log in",
                "I'm locked out of my account",
                "my password doesn't work",
                "can't sign in",
              ],
            },
          ],
        },
      },
      { id: "rephrase", type: "rephrase", position: { x: col(3), y: 450 }, data: {} },
      { id: "self_service", type: "self_service", position: { x: col(4), y: 200 }, data: { maxArticles: 2 } },
      {
        id: "route",
        type: "route",
        position: { x: col(5), y: 300 },
        data: {
          defaultTeamId: teams.billing,
          rules: [
            { id: "billing", label: "Billing", intent: "Billing question", teamId: teams.billing },
            { id: "refund", label: "Refund", intent: "Refund", teamId: teams.billing },
            { id: "technical", label: "Technical", intent: "Technical problem", teamId: teams.technical },
            { id: "password", label: "Password", intent: "Password reset", teamId: teams.technical },
          ],
        },
      },
      { id: "handoff_billing", type: "handoff_warm", position: { x: col(6), y: 150 }, data: { teamId: teams.billing } },
      { id: "handoff_technical", type: "handoff_cold", position: { x: col(6), y: 450 }, data: { teamId: teams.technical } },
      { id: "callback", type: "callback", position: { x: col(7), y: 300 }, data: {} },
      {
        id: "declined",
        type: "message",
        position: { x: col(8), y: 450 },
        data: { text: "No problem. You can also email support@acme.test and we'll reply within one working day." },
      },
      { id: "end", type: "end", position: { x: col(9), y: 200 }, data: { text: "Thanks for chatting with Acme!", askRating: true } },
    ],
    edges: [
      ["start", "next", "greet"],
      ["greet", "next", "understand"],
      ["understand", "order_status", "self_service"],
      ["understand", "refund", "self_service"],
      ["understand", "billing", "self_service"],
      ["understand", "technical", "self_service"],
      ["understand", "password", "self_service"],
      ["understand", "low_confidence", "rephrase"],
      ["rephrase", "understood", "self_service"],
      ["rephrase", "still_unclear", "self_service"],
      ["self_service", "resolved", "end"],
      ["self_service", "not_resolved", "route"],
      ["self_service", "no_match", "route"],
      ["route", "billing", "handoff_billing"],
      ["route", "refund", "handoff_billing"],
      ["route", "default", "handoff_billing"],
      ["route", "technical", "handoff_technical"],
      ["route", "password", "handoff_technical"],
      ["handoff_billing", "resolved", "end"],
      ["handoff_billing", "no_agent", "callback"],
      ["handoff_technical", "resolved", "end"],
      ["handoff_technical", "no_agent", "callback"],
      ["callback", "scheduled", "end"],
      ["callback", "declined", "declined"],
      ["declined", "next", "end"],
    ].map(([source, sourceHandle, target]) => ({ id: `${source}-${sourceHandle}`, source, sourceHandle, target })),
    settings: {
      appearance: { botName: "Acme Assistant", color: "#2952d9" },
      escalation: {
        defaultTargetNodeId: "route",
        explicitRequest: { targetNodeId: "route" },
        sentiment: { enabled: true, threshold: -0.65, action: "offer", targetNodeId: "route" },
        lowConfidence: { enabled: true, count: 3, targetNodeId: "route" },
        repeated: { enabled: true, targetNodeId: "route" },
        topics: [{ id: "legal", keywords: ["lawyer", "legal action", "chargeback", "formal complaint", "solicitor"], targetNodeId: "route" }],
      },
    },
  });
}
