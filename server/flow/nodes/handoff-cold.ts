import { z } from "zod";
import { templateSchema } from "../common-schemas";
import { defineNode } from "../define-node";
import { handoffPorts } from "./handoff-ports";

export const handoffColdNode = defineNode({
  group: "escalation",
  label: "Cold handoff",
  description: "Direct transfer to a team, without an introduction.",
  data: z.object({
    teamId: z.string().default(""),
    waitingText: templateSchema.default("Transferring you to our {{team_name}} team."),
  }),
  draft: { teamId: z.string(), waitingText: z.string() },
  ports: handoffPorts,
  waits: true,
  reachesPerson: { via: "handoff", team: (data) => data.teamId },
  texts: (data) => [data.waitingText],
  writes: () => [],
  teams: (data) => [data.teamId],
});
