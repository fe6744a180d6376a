import { z } from "zod";
import { templateSchema } from "../common-schemas";
import { defineNode } from "../define-node";
import { handoffPorts } from "./handoff-ports";

export const handoffWarmNode = defineNode({
  group: "escalation",
  label: "Warm handoff",
  description: "The bot introduces the agent and passes them the whole context.",
  data: z.object({
    /** Empty: the team a route node chose. */
    teamId: z.string().default(""),
    waitingText: templateSchema.default(
      "I'm connecting you with our {{team_name}} team. They'll see our whole conversation, so you won't have to repeat yourself.",
    ),
    introduction: templateSchema.default("{{agent_name}} from {{team_name}} is joining — they've read our conversation."),
  }),
  draft: { teamId: z.string(), waitingText: z.string(), introduction: z.string() },
  ports: handoffPorts,
  waits: true,
  reachesPerson: { via: "handoff", team: (data) => data.teamId },
  texts: (data) => [data.waitingText, data.introduction],
  writes: () => [],
  teams: (data) => [data.teamId],
});
