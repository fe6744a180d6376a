"use client";

import { PanelIntro } from "./controls/panel-intro";
import { PanelBody } from "./controls/section";
import { TemplateTextarea } from "./controls/template-textarea";
import { VariableNameField } from "./controls/variable-name-field";
import { nodeForm } from "./node-form";
import type { NodeSettingsProps } from "./node-settings-props";

export function SetVariableSettings(props: NodeSettingsProps) {
  const { values, set, error, context } = nodeForm("set_variable", props);
  return (
    <PanelBody>
      <PanelIntro exits={[{ label: "Next", when: "right after the value is stored." }]}>
        Remembers something for later: a fixed word (&quot;vip&quot;) or a mix of other variables. The customer sees nothing.
      </PanelIntro>
      <VariableNameField
        label="Variable"
        hint="Letters, digits and _, starting with a letter. An existing variable is overwritten."
        value={values.variable}
        onChange={(variable) => set("variable", variable)}
        error={error("variable")}
        variables={context.variables}
      />
      <TemplateTextarea
        label="Value"
        value={values.value}
        onChange={(value) => set("value", value)}
        error={error("value")}
        variables={context.variables}
        rows={2}
      />
    </PanelBody>
  );
}
