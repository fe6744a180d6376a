"use client";

import { PanelIntro } from "./controls/panel-intro";
import { PanelBody } from "./controls/section";
import { TemplateTextarea } from "./controls/template-textarea";
import { nodeForm } from "./node-form";
import type { NodeSettingsProps } from "./node-settings-props";

export function RephraseSettings(props: NodeSettingsProps) {
  const { values, set, error, context } = nodeForm("rephrase", props);
  return (
    <PanelBody>
      <PanelIntro
        exits={[
          { label: "Understood", when: "the new wording matches one of the flow's intents (the intent is recorded for Route)." },
          { label: "Still unclear", when: "it still doesn't — usually lead it to Self-service or a handoff." },
        ]}
      >
        The first step of a graduated escalation: the bot admits it didn&apos;t understand and asks again. With an AI provider set up, it asks a clarifying
        question instead of the text below.
      </PanelIntro>
      <TemplateTextarea
        label="What the bot says"
        value={values.text}
        onChange={(text) => set("text", text)}
        error={error("text")}
        variables={context.variables}
      />
    </PanelBody>
  );
}
