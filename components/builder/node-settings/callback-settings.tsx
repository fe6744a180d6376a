"use client";

import { NumberField } from "./controls/number-field";
import { PanelIntro } from "./controls/panel-intro";
import { PanelBody } from "./controls/section";
import { TEAM_FROM_ROUTE, TeamSelect } from "./controls/team-select";
import { TemplateTextarea } from "./controls/template-textarea";
import { nodeForm } from "./node-form";
import type { NodeSettingsProps } from "./node-settings-props";

type TextKey = "offerText" | "phonePrompt" | "slotPrompt" | "confirmText";

const texts: { key: TextKey; label: string; hint?: string }[] = [
  { key: "offerText", label: "Offer a call back", hint: "The customer answers Yes or No." },
  { key: "phonePrompt", label: "Ask for the phone number" },
  { key: "slotPrompt", label: "Ask for a time", hint: "The customer picks one of the offered times." },
  { key: "confirmText", label: "Confirm the booking", hint: "{{callback_phone}} and {{callback_slot}} hold what they chose." },
];

export function CallbackSettings(props: NodeSettingsProps) {
  const { values, set, error, context } = nodeForm("callback", props);
  return (
    <PanelBody>
      <PanelIntro
        exits={[
          { label: "Scheduled", when: "the customer gave a number and picked a time; a callback task appears in the team's inbox." },
          { label: "Declined", when: "they don't want a call." },
        ]}
      >
        When nobody can take the chat (or after hours), offers a phone call inside the team&apos;s business hours.
      </PanelIntro>
      <TeamSelect
        label="Team that calls back"
        hint="Its business hours decide which times are offered. “Team chosen by the Route node” keeps the team the chat was already headed to."
        value={values.teamId}
        onChange={(teamId) => set("teamId", teamId)}
        teams={context.teams}
        emptyLabel={TEAM_FROM_ROUTE}
        error={error("teamId")}
      />
      {texts.map(({ key, label, hint }) => (
        <TemplateTextarea
          key={key}
          label={label}
          hint={hint}
          value={values[key]}
          onChange={(text) => set(key, text)}
          error={error(key)}
          variables={context.variables}
          rows={2}
        />
      ))}
      <NumberField
        label="Times to offer"
        hint="The next free slots inside business hours."
        value={values.slotCount}
        onChange={(slotCount) => set("slotCount", slotCount)}
        error={error("slotCount")}
        min={1}
        max={8}
        integer
      />
    </PanelBody>
  );
}
