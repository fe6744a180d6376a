"use client";

import { CheckboxField } from "./controls/checkbox-field";
import { PanelIntro } from "./controls/panel-intro";
import { PanelBody } from "./controls/section";
import { TeamSelect } from "./controls/team-select";
import { nodeForm } from "./node-form";
import type { NodeSettingsProps } from "./node-settings-props";
import { RouteRulesEditor } from "./route-rules-editor";

export function RouteSettings(props: NodeSettingsProps) {
  const { values, set, error, context } = nodeForm("route", props);
  return (
    <PanelBody>
      <PanelIntro
        exits={[
          { label: "One exit per rule", when: "that rule matched; its team is used by the handoff or callback that follows." },
          { label: "Default", when: "no rule matched; the default team is used." },
        ]}
      >
        Picks the team for the next handoff. Rules are checked from top to bottom and the first that matches wins.
      </PanelIntro>
      <RouteRulesEditor rules={values.rules} onChange={(rules) => set("rules", rules)} error={error} context={context} />
      <TeamSelect
        label="Default team"
        hint="Used when no rule matches. Needed before you can publish."
        value={values.defaultTeamId}
        onChange={(defaultTeamId) => set("defaultTeamId", defaultTeamId)}
        teams={context.teams}
        emptyLabel="Choose a team…"
        error={error("defaultTeamId")}
      />
      <CheckboxField
        label="Prefer a team that speaks the customer's language"
        hint="When the chosen team's Languages (Settings → Teams) do not include the customer's, hand over to a team whose do — one with the same skills first. Applies to handoffs that use the team this step chose."
        checked={values.matchLanguage}
        onChange={(matchLanguage) => set("matchLanguage", matchLanguage)}
      />
    </PanelBody>
  );
}
