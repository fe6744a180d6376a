"use client";

import { askKinds } from "@/server/flow/nodes/ask";
import { AskChoicesEditor } from "./ask-choices-editor";
import { NumberField } from "./controls/number-field";
import { PanelIntro } from "./controls/panel-intro";
import { PanelBody } from "./controls/section";
import { SelectField } from "./controls/select-field";
import { TemplateTextarea } from "./controls/template-textarea";
import { VariableNameField } from "./controls/variable-name-field";
import { nodeForm } from "./node-form";
import type { NodeSettingsProps } from "./node-settings-props";

const kindLabels: Record<(typeof askKinds)[number], string> = {
  text: "Any text",
  email: "Email address",
  phone: "Phone number",
  number: "Number",
  date: "Date",
  choice: "Buttons to choose from",
};

export function AskSettings(props: NodeSettingsProps) {
  const { values, set, error, context } = nodeForm("ask", props);
  return (
    <PanelBody>
      <PanelIntro
        exits={[
          { label: "Answered", when: "the answer fits (a real email, a number, one of the buttons…); it is saved in the variable." },
          { label: "Invalid", when: `the customer still hasn't answered correctly after ${values.maxAttempts} tries.` },
        ]}
      />
      <TemplateTextarea label="Question" value={values.text} onChange={(text) => set("text", text)} error={error("text")} variables={context.variables} />
      <SelectField
        label="Expected answer"
        hint="The bot checks the answer has this form before going on."
        value={values.kind}
        options={askKinds.map((kind) => ({ value: kind, label: kindLabels[kind] }))}
        onChange={(kind) => set("kind", kind)}
        error={error("kind")}
      />
      {values.kind === "choice" ? <AskChoicesEditor choices={values.choices} onChange={(choices) => set("choices", choices)} error={error} /> : null}
      <VariableNameField
        label="Save the answer as"
        hint={`Use it later in texts as {{${values.variable || "name"}}}.`}
        value={values.variable}
        onChange={(variable) => set("variable", variable)}
        error={error("variable")}
        variables={context.variables}
      />
      <TemplateTextarea
        label="When the answer doesn't fit, say"
        value={values.retryText}
        onChange={(retryText) => set("retryText", retryText)}
        error={error("retryText")}
        variables={context.variables}
        rows={2}
      />
      <NumberField
        label="Tries before giving up"
        hint="After this many wrong answers the Invalid exit is taken."
        value={values.maxAttempts}
        onChange={(maxAttempts) => set("maxAttempts", maxAttempts)}
        error={error("maxAttempts")}
        min={1}
        max={5}
        integer
      />
    </PanelBody>
  );
}
