"use client";

import { PanelIntro } from "./controls/panel-intro";
import { PanelBody } from "./controls/section";
import { TEAM_FROM_ROUTE, TeamSelect } from "./controls/team-select";
import { TemplateTextarea } from "./controls/template-textarea";
import { handoffExits, teamHint } from "./handoff-help";
import { nodeForm } from "./node-form";
import type { NodeSettingsProps } from "./node-settings-props";

export function HandoffWarmSettings(props: NodeSettingsProps) {
  const { values, set, error, context } = nodeForm("handoff_warm", props);
  return (
    <PanelBody>
      <PanelIntro exits={handoffExits}>
        The customer waits in the team&apos;s queue; when an agent accepts, the bot introduces them and the agent sees a summary of everything so far.
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
      <TemplateTextarea
        label="When the agent joins"
        hint="{{agent_name}} is the agent who accepted; {{team_name}} their team."
        value={values.introduction}
        onChange={(introduction) => set("introduction", introduction)}
        error={error("introduction")}
        variables={context.variables}
      />
    </PanelBody>
  );
}
