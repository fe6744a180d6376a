"use client";

import { PanelIntro } from "./controls/panel-intro";
import { PanelBody } from "./controls/section";
import { TEAM_FROM_ROUTE, TeamSelect } from "./controls/team-select";
import { TemplateTextarea } from "./controls/template-textarea";
import { handoffExits, teamHint } from "./handoff-help";
import { nodeForm } from "./node-form";
import type { NodeSettingsProps } from "./node-settings-props";

export function HandoffColdSettings(props: NodeSettingsProps) {
  const { values, set, error, context } = nodeForm("handoff_cold", props);
  return (
    <PanelBody>
      <PanelIntro exits={handoffExits}>
        The customer waits in the team&apos;s queue and an agent takes over without an introduction. Agents still see the conversation so far.
      </PanelIntro>
      <TeamSelect
        label="Team"
        hint={teamHint}
        value={values.teamId}
        onChange={(teamId) => set("teamId", teamId)}
        teams={context.teams}
        emptyLabel={TEAM_FROM_ROUTE}
        error={error("teamId")}
      />
      <TemplateTextarea
        label="While the customer waits"
        value={values.waitingText}
        onChange={(waitingText) => set("waitingText", waitingText)}
        error={error("waitingText")}
        variables={context.variables}
      />
    </PanelBody>
  );
}
