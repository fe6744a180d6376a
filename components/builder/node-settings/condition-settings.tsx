"use client";

import { Button } from "@/components/ui/button";
import { errorClass } from "./controls/control-styles";
import { ListEditor } from "./controls/list-editor";
import { PanelIntro } from "./controls/panel-intro";
import { PanelBody, Section } from "./controls/section";
import { SelectField } from "./controls/select-field";
import { nodeForm } from "./node-form";
import type { NodeSettingsProps } from "./node-settings-props";
import { RuleFields } from "./rule-fields";

const MAX_RULES = 30;

export function ConditionSettings(props: NodeSettingsProps) {
  const { values, set, error, context } = nodeForm("condition", props);
  const { rules } = values;
  const joiner = values.match === "all" ? "all rules hold" : "at least one rule holds";
  return (
    <PanelBody>
      <PanelIntro
        exits={[
          { label: "True", when: `${joiner}.` },
          { label: "False", when: "otherwise." },
        ]}
      >
        Checks variables (an answer the customer gave, the detected intent…) and picks a way on. Texts are compared ignoring upper and lower case.
      </PanelIntro>
      <SelectField
        label="Take the True exit when"
        value={values.match}
        options={[
          { value: "all", label: "all rules hold" },
          { value: "any", label: "any one rule holds" },
        ]}
        onChange={(match) => set("match", match)}
        error={error("match")}
      />
      <Section title="Rules">
        <ListEditor
          items={rules}
          onChange={(next) => set("rules", next)}
          itemName="rule"
          itemKey={(_rule, index) => String(index)}
          itemTitle={(_rule, index) => `Rule ${index + 1}`}
          empty="No rules yet."
          renderItem={(rule, index, update) => <RuleFields rule={rule} onChange={update} path={`rules.${index}`} error={error} variables={context.variables} />}
        />
        {error("rules", true) ? <p className={errorClass}>{error("rules", true)}</p> : null}
        <Button
          variant="secondary"
          disabled={rules.length >= MAX_RULES}
          onClick={() => set("rules", [...rules, { variable: "intent", operator: "equals", value: "" }])}
        >
          Add rule
        </Button>
      </Section>
    </PanelBody>
  );
}
