import type { FlowDocument } from "../schema";
import { acmeDemoFlow } from "./acme-demo-flow";
import { afterHoursCallbackFlow } from "./after-hours-callback";
import { blankFlow } from "./blank-flow";
import { graduatedEscalationFlow } from "./graduated-escalation";
import { leadQualificationFlow } from "./lead-qualification";

export const flowTemplateIds = ["blank", "graduated_escalation", "lead_qualification", "after_hours_callback", "acme_demo"] as const;
export type FlowTemplateId = (typeof flowTemplateIds)[number];

/** The teams a template hands off to: the workspace's first two (the same one twice when it has one). */
export interface TemplateTeams {
  primary: string;
  secondary: string;
}

export interface FlowTemplate {
  id: FlowTemplateId;
  name: string;
  description: string;
  build(teams: TemplateTeams): FlowDocument;
}

/** What "New flow" offers, in the order it offers them. */
export const flowTemplates: readonly FlowTemplate[] = [
  {
    id: "blank",
    name: "Blank flow",
    description: "An empty canvas with just a Start step. Build your bot from scratch.",
    build: () => blankFlow(),
  },
  {
    id: "graduated_escalation",
    name: "Support with graduated escalation",
    description:
      "Understands the question, asks the customer to rephrase when unsure, answers from your knowledge base, then hands over to the right team — with a call-back when nobody is free.",
    build: (teams) => graduatedEscalationFlow(teams),
  },
  {
    id: "lead_qualification",
    name: "Lead qualification",
    description:
      "Collects name, email, company size and interest. Companies over 50 people go straight to your sales team; the others get a follow-up by email.",
    build: (teams) => leadQualificationFlow(teams),
  },
  {
    id: "after_hours_callback",
    name: "After-hours callback",
    description: "Asks what the customer needs and transfers them to your team. Outside opening hours, or when everyone is busy, it books a call back.",
    build: (teams) => afterHoursCallbackFlow(teams),
  },
  {
    id: "acme_demo",
    name: "Acme demo",
    description: "The full demo support bot: five topics, knowledge-base answers, routing to two teams, warm and cold handoffs and call-backs.",
    build: (teams) => acmeDemoFlow({ billing: teams.primary, technical: teams.secondary }),
  },
];
