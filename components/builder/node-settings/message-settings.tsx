"use client";

import { PanelIntro } from "./controls/panel-intro";
import { PanelBody } from "./controls/section";
import { TemplateTextarea } from "./controls/template-textarea";
import { nodeForm } from "./node-form";
import type { NodeSettingsProps } from "./node-settings-props";

export function MessageSettings(props: NodeSettingsProps) {
  const { values, set, error, context } = nodeForm("message", props);
  return (
    <PanelBody>
      <PanelIntro exits={[{ label: "Next", when: "right after the message is sent — the bot does not wait for a reply." }]} />
      <TemplateTextarea
        label="Message"
        hint={'Use {x} to insert details like the customer\'s name. For when one is empty, add a fallback: {{customer.name | fallback: "there"}}.'}
        value={values.text}
        onChange={(text) => set("text", text)}
        error={error("text")}
        variables={context.variables}
        rows={4}
      />
    </PanelBody>
  );
}
