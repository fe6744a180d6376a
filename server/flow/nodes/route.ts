import { z } from "zod";
import { portIdSchema } from "../common-schemas";
import { defineNode, port } from "../define-node";
import { draftList, itemChoice, itemText } from "../draft-fields";
import { conditionOperators } from "./condition";

export const routeRuleSchema = z.object({
  id: portIdSchema,
  label: z.string().min(1).max(60),
  /** Matches when the detected intent has this name… */
  intent: z.string().max(60).default(""),
  /** …and/or when the customer writes in this language (ISO 639-1, "es"; "pt" also matches "pt-br"). */
  language: z
    .string()
    .trim()
    .toLowerCase()
    .regex(/^([a-z]{2,3}(-[a-z0-9]{2,8})*)?$/, "Use a language code like es, fr or pt-br.")
    .default(""),
  /** …or when this variable condition holds (any may be empty). */
  variable: z.string().max(64).default(""),
  operator: z.enum(conditionOperators).default("equals"),
  value: z.string().max(500).default(""),
  teamId: z.string().min(1, "Choose a team."),
});

export const routeNode = defineNode({
  group: "escalation",
  label: "Route",
  description: "Selective routing: picks the team by issue type or variables.",
  data: z.object({
    rules: z.array(routeRuleSchema).max(30).default([]),
    /** Empty until the admin picks one; the validator refuses to publish without it. */
    defaultTeamId: z.string().default(""),
    /** When the chosen team does not list the customer's language, prefer a team that does (same skills first). */
    matchLanguage: z.boolean().default(false),
  }),
  draft: {
    rules: draftList(
      z.object({
        id: itemText,
        label: itemText,
        intent: itemText,
        language: itemText,
        variable: itemText,
        operator: itemChoice(conditionOperators),
        value: itemText,
        teamId: itemText,
      }),
    ),
    defaultTeamId: z.string(),
    matchLanguage: z.boolean(),
  },
  ports: (data) => [...data.rules.map((rule) => port(rule.id, rule.label)), port("default", "Default")],
  waits: false,
  reachesPerson: { via: "route" },
  texts: () => [],
  writes: () => ["team_name"],
  teams: (data) => [...data.rules.map((rule) => rule.teamId), data.defaultTeamId],
});
