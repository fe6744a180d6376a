import { flowDocumentSchema, type FlowDocument } from "../schema";

/**
 * "Lead qualification": name → email → company size → interest; companies
 * over 50 people get a warm handoff to sales (no agent → callback), the
 * others a follow-up promise by email.
 */
export function leadQualificationFlow(teams: { primary: string; secondary: string }): FlowDocument {
  const col = (n: number) => n * 300;
  return flowDocumentSchema.parse({
    version: 1,
    nodes: [
      { id: "start", type: "start", position: { x: col(0), y: 250 }, data: {} },
      {
        id: "welcome",
        type: "message",
        position: { x: col(1), y: 250 },
        data: { text: "Hi! I'm {{bot_name}}. A few quick questions so we can put you in touch with the right person." },
      },
      { id: "ask_name", type: "ask", position: { x: col(2), y: 250 }, data: { text: "First, what's your name?", kind: "text", variable: "customer_name" } },
      {
        id: "ask_email",
        type: "ask",
        position: { x: col(3), y: 250 },
        data: {
          text: "Thanks, {{customer_name}}! What's your work email?",
          kind: "email",
          variable: "email",
          retryText: "That doesn't look like an email address — could you check it?",
        },
      },
      {
        id: "ask_size",
        type: "ask",
        position: { x: col(4), y: 250 },
        data: { text: "How many people work at your company?", kind: "number", variable: "company_size", retryText: "Please answer with a number, like 25." },
      },
      {
        id: "ask_interest",
        type: "ask",
        position: { x: col(5), y: 250 },
        data: {
          text: "What are you most interested in?",
          kind: "choice",
          variable: "interest",
          choices: [
            { id: "demo", label: "A product demo" },
            { id: "pricing", label: "Pricing and plans" },
            { id: "partnership", label: "Partnering with us" },
          ],
          retryText: "Please pick one of the options below.",
        },
      },
      {
        id: "qualify",
        type: "condition",
        position: { x: col(6), y: 250 },
        data: { match: "all", rules: [{ variable: "company_size", operator: "greater_than", value: "50" }] },
      },
      {
        id: "handoff_sales",
        type: "handoff_warm",
        position: { x: col(7), y: 100 },
        data: { teamId: teams.primary, waitingText: "Great — I'm connecting you with our {{team_name}} team. They'll see everything you told me." },
      },
      {
        id: "follow_up",
        type: "message",
        position: { x: col(7), y: 450 },
        data: { text: 'Thanks, {{customer_name}}! We\'ll email {{email}} about "{{interest}}" within one working day.' },
      },
      { id: "callback", type: "callback", position: { x: col(8), y: 250 }, data: { teamId: teams.primary } },
      { id: "declined", type: "message", position: { x: col(9), y: 450 }, data: { text: "No problem — we'll follow up by email at {{email}} instead." } },
      { id: "end", type: "end", position: { x: col(10), y: 250 }, data: { text: "Thanks for your interest — talk soon!", askRating: false } },
    ],
    edges: [
      ["start", "next", "welcome"],
      ["welcome", "next", "ask_name"],
      ["ask_name", "answered", "ask_email"],
      ["ask_name", "invalid", "ask_email"],
      ["ask_email", "answered", "ask_size"],
      ["ask_email", "invalid", "ask_size"],
      ["ask_size", "answered", "ask_interest"],
      ["ask_size", "invalid", "ask_interest"],
      ["ask_interest", "answered", "qualify"],
      ["ask_interest", "invalid", "qualify"],
      ["qualify", "true", "handoff_sales"],
      ["qualify", "false", "follow_up"],
      ["handoff_sales", "resolved", "end"],
      ["handoff_sales", "no_agent", "callback"],
      ["follow_up", "next", "end"],
      ["callback", "scheduled", "end"],
      ["callback", "declined", "declined"],
      ["declined", "next", "end"],
    ].map(([source, sourceHandle, target]) => ({ id: `${source}-${sourceHandle}`, source, sourceHandle, target })),
    settings: {
      variables: [
        { name: "email", description: "The lead's work email" },
        { name: "company_size", description: "How many people work at the lead's company" },
        { name: "interest", description: "What the lead is interested in" },
      ],
      escalation: { defaultTargetNodeId: "handoff_sales", explicitRequest: { targetNodeId: "handoff_sales" } },
    },
  });
}
