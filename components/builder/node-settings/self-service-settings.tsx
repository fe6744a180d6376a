"use client";

import { ArticlePicker } from "./controls/article-picker";
import { NumberField } from "./controls/number-field";
import { SliderField } from "./controls/slider-field";
import { PanelIntro } from "./controls/panel-intro";
import { PanelBody } from "./controls/section";
import { TemplateTextarea } from "./controls/template-textarea";
import { nodeForm } from "./node-form";
import type { NodeSettingsProps } from "./node-settings-props";

export function SelfServiceSettings(props: NodeSettingsProps) {
  const { values, set, error, context } = nodeForm("self_service", props);
  return (
    <PanelBody>
      <PanelIntro
        exits={[
          { label: "Resolved", when: "the customer says the articles helped." },
          { label: "Not resolved", when: "they say no (or anything but a clear yes) — usually lead it to a handoff." },
          { label: "No article", when: "nothing in the knowledge base answers what they asked well enough." },
        ]}
      >
        The second step of a graduated escalation: the bot searches the knowledge base for the customer&apos;s last messages and shows the best articles, then
        asks whether that helped.
      </PanelIntro>
      <TemplateTextarea
        label="Before the articles"
        value={values.intro}
        onChange={(intro) => set("intro", intro)}
        error={error("intro")}
        variables={context.variables}
        rows={2}
      />
      <TemplateTextarea
        label="Then ask"
        hint="The customer answers with Yes or No buttons."
        value={values.question}
        onChange={(question) => set("question", question)}
        error={error("question")}
        variables={context.variables}
        rows={2}
      />
      <NumberField
        label="Articles to show"
        hint="At most 3, so the answer stays readable."
        value={values.maxArticles}
        onChange={(maxArticles) => set("maxArticles", maxArticles)}
        error={error("maxArticles")}
        min={1}
        max={3}
        integer
      />
      <SliderField
        label="Only show articles that cover"
        hint="How much of the question an article must match. A weaker, partial match is not shown: the step takes “No article”."
        value={values.minRelevance}
        onChange={(minRelevance) => set("minRelevance", minRelevance)}
        error={error("minRelevance")}
        min={0}
        max={1}
        step={0.05}
        describe={(value) => `${Math.round(value * 100)} % of the question`}
        ends={["Any match", "All of it"]}
      />
      <ArticlePicker
        value={values.articleIds}
        onChange={(articleIds) => set("articleIds", articleIds)}
        articles={context.articles}
        error={error("articleIds")}
      />
    </PanelBody>
  );
}
