"use client";

import { CheckboxField } from "./controls/checkbox-field";
import { PanelIntro } from "./controls/panel-intro";
import { PanelBody } from "./controls/section";
import { TemplateTextarea } from "./controls/template-textarea";
import { nodeForm } from "./node-form";
import type { NodeSettingsProps } from "./node-settings-props";

export function EndSettings(props: NodeSettingsProps) {
  const { values, set, error, context } = nodeForm("end", props);
  return (
    <PanelBody>
      <PanelIntro>The conversation is over after this; the customer can start a new chat.</PanelIntro>
      <TemplateTextarea
        label="Closing message"
        value={values.text}
        onChange={(text) => set("text", text)}
        error={error("text")}
        variables={context.variables}
        rows={2}
      />
      <CheckboxField
        label="Ask for a rating"
        hint="The customer can rate the chat from 1 to 5; ratings show in Analytics."
        checked={values.askRating}
        onChange={(askRating) => set("askRating", askRating)}
      />
      {values.askRating ? (
        <TemplateTextarea
          label="Rating question"
          value={values.ratingText}
          onChange={(ratingText) => set("ratingText", ratingText)}
          error={error("ratingText")}
          variables={context.variables}
          rows={2}
        />
      ) : null}
    </PanelBody>
  );
}
