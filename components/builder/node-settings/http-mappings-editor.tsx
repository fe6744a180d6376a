"use client";

import type { NodeData } from "@/server/flow/node-catalog";
import { Button } from "@/components/ui/button";
import { errorClass } from "./controls/control-styles";
import { ListEditor } from "./controls/list-editor";
import { Section } from "./controls/section";
import { TextField } from "./controls/text-field";
import { VariableNameField } from "./controls/variable-name-field";
import type { ErrorLookup } from "./node-form";

type Mapping = NodeData<"http_request">["mappings"][number];
const MAX_MAPPINGS = 30;

export function HttpMappingsEditor({
  mappings,
  onChange,
  error,
  variables,
}: {
  mappings: Mapping[];
  onChange(mappings: Mapping[]): void;
  error: ErrorLookup;
  variables: readonly string[];
}) {
  return (
    <Section title="Save from the answer" description="Copy parts of the JSON answer into variables, e.g. order.status → order_status.">
      <ListEditor
        items={mappings}
        onChange={onChange}
        itemName="value"
        itemKey={(_mapping, index) => String(index)}
        itemTitle={(mapping, index) => (mapping.path || mapping.variable ? `${mapping.path || "…"} → ${mapping.variable || "…"}` : `Value ${index + 1}`)}
        renderItem={(mapping, index, update) => (
          <>
            <TextField
              label="Path in the answer"
              hint="Dots between names, numbers for list items: items.0.name"
              value={mapping.path}
              maxLength={200}
              spellCheck={false}
              onChange={(path) => update({ ...mapping, path })}
              error={error(`mappings.${index}.path`)}
            />
            <VariableNameField
              label="Save as variable"
              value={mapping.variable}
              onChange={(variable) => update({ ...mapping, variable })}
              error={error(`mappings.${index}.variable`)}
              variables={variables}
            />
          </>
        )}
      />
      {error("mappings", true) ? <p className={errorClass}>{error("mappings", true)}</p> : null}
      <Button variant="secondary" disabled={mappings.length >= MAX_MAPPINGS} onClick={() => onChange([...mappings, { path: "", variable: "" }])}>
        Add a value to save
      </Button>
    </Section>
  );
}
