import { z } from "zod";
import { templateSchema } from "../common-schemas";
import { defineNode, port } from "../define-node";

export const handoffColdNode = defineNode({
  group: "escalation",
  label: "Cold handoff",
  description: "Direct transfer to a team, without an introduction.",
  data: z.object({
    teamId: z.string().default(""),
    waitingText: templateSchema.default("Transferring you to our {{team_name}} team."),
  }),
  ports: () => [port("resolved", "Resolved", false), port("no_agent", "No agent")],
  waits: true,
  texts: (data) => [data.waitingText],
  writes: () => [],
  teams: (data) => [data.teamId],
});
