"use client";

import { PanelIntro } from "./controls/panel-intro";
import { PanelBody } from "./controls/section";
import { SliderField } from "./controls/slider-field";
import { TemplateTextarea } from "./controls/template-textarea";
import { describeThreshold } from "./describe-threshold";
import { IntentsEditor } from "./intents-editor";
import { nodeForm } from "./node-form";
import type { NodeSettingsProps } from "./node-settings-props";

export function UnderstandSettings(props: NodeSettingsProps) {
  const { values, set, error, context } = nodeForm("understand", props);
  const percent = Math.round(values.threshold * 100);
  return (
    <PanelBody>
      <PanelIntro
        exits={[
          { label: "One exit per intent", when: "the customer's reply matches that intent's example phrases." },
          { label: "Low confidence", when: `no intent matches at least ${percent}% — e.g. lead it to "Ask to rephrase".` },
        ]}
      />
      <TemplateTextarea
        label="Question (optional)"
        hint="The bot asks this, then waits for the customer's reply. Leave it empty when the message before already asks."
        value={values.text}
        onChange={(text) => set("text", text)}
        error={error("text")}
        variables={context.variables}
        rows={2}
      />
      <IntentsEditor intents={values.intents} onChange={(intents) => set("intents", intents)} error={error} />
      <SliderField
        label="How sure must the bot be?"
        hint="Higher: fewer wrong guesses, but more customers take the Low confidence exit. 70% suits most flows."
        value={values.threshold}
        onChange={(threshold) => set("threshold", threshold)}
        error={error("threshold")}
        min={0}
        max={1}
        step={0.05}
        describe={describeThreshold}
        ends={["Guess freely", "Only when certain"]}
      />
    </PanelBody>
  );
}
