import { flowDocumentSchema, type FlowDocument } from "../schema";

/**
 * "Support with graduated escalation": greeting → understand (billing,
 * account, technical) → a word per topic → self-service; low confidence →
 * rephrase → self-service; not helped → route by topic → warm handoff; no
 * agent → callback → end with a rating.
 */
export function graduatedEscalationFlow(teams: { primary: string; secondary: string }): FlowDocument {
  const col = (n: number) => n * 300;
  return flowDocumentSchema.parse({
    version: 1,
    nodes: [
      { id: "start", type: "start", position: { x: col(0), y: 300 }, data: {} },
      {
        id: "greet",
        type: "message",
        position: { x: col(1), y: 300 },
        data: {
          text: "Hi! I'm {{bot_name}}. I can help with billing, your account and technical problems — and if I can't, I'll get you to the right person.",
        },
      },
      {
        id: "understand",
        type: "understand",
        position: { x: col(2), y: 300 },
        data: {
          text: "What can I help you with today?",
          threshold: 0.7,
          intents: [
            {
              id: "billing",
              name: "Billing",
              examples: [
                "I was charged twice",
                "I need an invoice",
                "update my payment card",
                "my payment failed",
                "question about my bill",
                "I want a refund",
              ],
            },
            {
              id: "account",
              name: "Account and login",
              examples: [
                "I forgot my password",
                "I can't log in",
                "reset my password",
                "change my email address",
                "I'm locked out of my account",
                "delete my account",
              ],
            },
            {
              id: "technical",
              name: "Technical problem",
              examples: [
                "the app keeps crashing",
                "the page won't load",
                "I get an error message",
                "something is broken",
                "the website doesn't work",
                "bug in the app",
              ],
            },
          ],
        },
      },
      { id: "about_billing", type: "message", position: { x: col(3), y: 50 }, data: { text: "Let's sort out your billing question." } },
      { id: "about_account", type: "message", position: { x: col(3), y: 200 }, data: { text: "Let's get you back into your account." } },
      { id: "about_technical", type: "message", position: { x: col(3), y: 350 }, data: { text: "Sorry something isn't working — let's fix it." } },
      { id: "rephrase", type: "rephrase", position: { x: col(3), y: 550 }, data: {} },
      { id: "self_service", type: "self_service", position: { x: col(4), y: 300 }, data: { maxArticles: 2 } },
      {
        id: "route",
        type: "route",
        position: { x: col(5), y: 450 },
        data: {
          defaultTeamId: teams.primary,
          rules: [
            { id: "billing", label: "Billing", intent: "Billing", teamId: teams.primary },
            { id: "account", label: "Account", intent: "Account and login", teamId: teams.secondary },
            { id: "technical", label: "Technical", intent: "Technical problem", teamId: teams.secondary },
          ],
        },
      },
      { id: "handoff", type: "handoff_warm", position: { x: col(6), y: 450 }, data: {} },
      { id: "callback", type: "callback", position: { x: col(7), y: 600 }, data: {} },
      {
        id: "declined",
        type: "message",
        position: { x: col(8), y: 700 },
        data: { text: "No problem. You can reply to this chat any time, or start a new one when our team is back." },
      },
      { id: "end", type: "end", position: { x: col(9), y: 300 }, data: { text: "Thanks for chatting with us!", askRating: true } },
    ],
    edges: [
      ["start", "next", "greet"],
      ["greet", "next", "understand"],
      ["understand", "billing", "about_billing"],
      ["understand", "account", "about_account"],
      ["understand", "technical", "about_technical"],
      ["understand", "low_confidence", "rephrase"],
      ["about_billing", "next", "self_service"],
      ["about_account", "next", "self_service"],
      ["about_technical", "next", "self_service"],
      ["rephrase", "understood", "self_service"],
      ["rephrase", "still_unclear", "self_service"],
      ["self_service", "resolved", "end"],
      ["self_service", "not_resolved", "route"],
      ["self_service", "no_match", "route"],
      ["route", "billing", "handoff"],
      ["route", "account", "handoff"],
      ["route", "technical", "handoff"],
      ["route", "default", "handoff"],
      ["handoff", "resolved", "end"],
      ["handoff", "no_agent", "callback"],
      ["callback", "scheduled", "end"],
      ["callback", "declined", "declined"],
      ["declined", "next", "end"],
    ].map(([source, sourceHandle, target]) => ({ id: `${source}-${sourceHandle}`, source, sourceHandle, target })),
    settings: {
      escalation: {
        defaultTargetNodeId: "route",
        explicitRequest: { targetNodeId: "route" },
        sentiment: { enabled: true, threshold: -0.65, action: "offer", targetNodeId: "route" },
        lowConfidence: { enabled: true, count: 3, targetNodeId: "route" },
        repeated: { enabled: true, targetNodeId: "route" },
        topics: [],
      },
    },
  });
}
