import type { NodeType } from "@/server/flow/node-catalog";
import { readDraftData } from "@/server/flow/read-draft-data";
import type { BuilderContext } from "../builder-context";
import { needsNoValue, operatorLabels, type VariableRule } from "../node-settings/rule-labels";

export type NodeSummary = (data: Record<string, unknown>, context: BuilderContext) => string;

const MAX = 60;

/** The first `max` characters of a text on one line, with "…" when cut. */
export function clip(text: string, max = MAX): string {
  const line = text.replace(/\s+/g, " ").trim();
  return line.length > max ? `${line.slice(0, max - 1).trimEnd()}…` : line;
}

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? "" : "s"}`;

/** A team's name; "" is the team a Route node chose. */
export function teamLabel(teamId: string, context: BuilderContext): string {
  if (!teamId) return "team from Route";
  return context.teams.find((team) => team.id === teamId)?.name ?? "deleted team";
}

const ruleText = (rule: VariableRule) =>
  `${rule.variable || "?"} ${operatorLabels[rule.operator]}${needsNoValue(rule.operator) ? "" : ` ${rule.value || '""'}`}`;

/** The host (or the start) of a URL, which may contain {{variables}}. */
export function urlHost(url: string): string {
  const rest = url.trim().replace(/^[a-z]+:\/\//i, "");
  return rest.split(/[/?#]/)[0] || rest;
}

const askKinds = { text: "Text", email: "Email", phone: "Phone", number: "Number", date: "Date", choice: "Choice" } as const;

/** One line per node type telling what its settings are, for the canvas. */
export const nodeSummaries = {
  start: () => "The conversation starts here",
  message: (data) => clip(readDraftData("message", data).text) || "No text yet",
  ask: (data) => {
    const { kind, variable, choices } = readDraftData("ask", data);
    const what = kind === "choice" ? plural(choices.length, "choice") : askKinds[kind];
    return `${what} → {{${variable}}}`;
  },
  understand: (data) => {
    const { intents, threshold } = readDraftData("understand", data);
    return `${intents.length ? plural(intents.length, "intent") : "No intents yet"} · threshold ${Math.round(threshold * 100)}%`;
  },
  condition: (data) => {
    const { rules, match } = readDraftData("condition", data);
    if (rules.length === 0) return "No rules yet";
    if (rules.length === 1) return clip(ruleText(rules[0]!));
    return clip(`${match === "all" ? "All" : "Any"} of ${rules.length}: ${rules.map(ruleText).join(match === "all" ? " and " : " or ")}`);
  },
  set_variable: (data) => {
    const { variable, value } = readDraftData("set_variable", data);
    return clip(`{{${variable}}} = ${value || "(empty)"}`);
  },
  rephrase: (data) => clip(readDraftData("rephrase", data).text) || "No text yet",
  self_service: (data) => {
    const { maxArticles, articleIds } = readDraftData("self_service", data);
    return `Up to ${plural(maxArticles, "article")} · ${articleIds.length ? `from ${articleIds.length} chosen` : "whole knowledge base"}`;
  },
  route: (data, context) => {
    const { rules, defaultTeamId } = readDraftData("route", data);
    const teams = [...new Set(rules.map((rule) => (rule.teamId ? teamLabel(rule.teamId, context) : "no team")))];
    const shown = teams.length > 3 ? [...teams.slice(0, 3), `+${teams.length - 3}`] : teams;
    const fallback = defaultTeamId ? `default ${teamLabel(defaultTeamId, context)}` : "no default team";
    return clip(rules.length ? `${plural(rules.length, "rule")} → ${shown.join(", ")}, ${fallback}` : `No rules · ${fallback}`);
  },
  handoff_warm: (data, context) => `Warm → ${teamLabel(readDraftData("handoff_warm", data).teamId, context)}`,
  handoff_cold: (data, context) => `Cold → ${teamLabel(readDraftData("handoff_cold", data).teamId, context)}`,
  callback: (data, context) => {
    const { teamId, slotCount } = readDraftData("callback", data);
    const team = teamLabel(teamId, context);
    return `${team.charAt(0).toUpperCase()}${team.slice(1)} · ${plural(slotCount, "slot")}`;
  },
  http_request: (data) => {
    const { method, url } = readDraftData("http_request", data);
    return clip(`${method} ${urlHost(url) || "no URL yet"}`);
  },
  end: (data) => (readDraftData("end", data).askRating ? "Closes · asks for a rating" : "Closes the conversation"),
} satisfies Record<NodeType, NodeSummary>;
