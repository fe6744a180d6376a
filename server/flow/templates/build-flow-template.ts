import type { FlowDocument } from "../schema";
import { flowTemplates, type FlowTemplateId, type TemplateTeams } from "./flow-templates";

/** Stands in for a missing team while the template parses; never stored. */
const NO_TEAM = "__no_team_yet__";

/**
 * A template's document for a workspace. Without teams yet, team pickers
 * are left empty (""): the flow is a draft the validator asks to complete,
 * rather than a template that refuses to exist.
 */
export function buildFlowTemplate(id: FlowTemplateId, teams: TemplateTeams): FlowDocument {
  const template = flowTemplates.find((candidate) => candidate.id === id);
  if (!template) throw new Error(`Unknown flow template: ${id}`);
  const document = template.build({ primary: teams.primary || NO_TEAM, secondary: teams.secondary || NO_TEAM });
  if (teams.primary && teams.secondary) return document;
  return JSON.parse(JSON.stringify(document).replaceAll(JSON.stringify(NO_TEAM), '""')) as FlowDocument;
}
