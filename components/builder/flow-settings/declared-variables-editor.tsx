"use client";

import { AddByName } from "../node-settings/controls/add-by-name";
import { ListEditor } from "../node-settings/controls/list-editor";
import { TextField } from "../node-settings/controls/text-field";
import { parseVariableName, type DeclaredVariable } from "./settings-schemas";
import { ValidatedField } from "./validated-field";

const MAX_VARIABLES = 100;

/** Variables the admin declares so texts can use them (filled by an HTTP request, the widget, …). */
export function DeclaredVariablesEditor({ variables, onChange }: { variables: DeclaredVariable[]; onChange(variables: DeclaredVariable[]): void }) {
  const names = variables.map((variable) => variable.name);
  const others = (index: number) => names.filter((_, i) => i !== index);
  return (
    <div className="space-y-3">
      <ListEditor
        items={variables}
        onChange={onChange}
        itemName="variable"
        itemKey={(_variable, index) => String(index)}
        itemTitle={(variable) => `{{${variable.name}}}`}
        empty="None declared. Variables that Ask, Set variable or HTTP request steps fill are known already."
        renderItem={(variable, index, update) => (
          <>
            <ValidatedField
              label="Name"
              hint="Renaming doesn't change texts that already use it."
              value={variable.name}
              format={(name) => name}
              parse={(text) => parseVariableName(text, others(index))}
              onCommit={(name) => update({ ...variable, name })}
              spellCheck={false}
            />
            <TextField label="What it holds" value={variable.description} maxLength={200} onChange={(description) => update({ ...variable, description })} />
          </>
        )}
      />
      <AddByName
        label="New variable"
        placeholder="e.g. order_id"
        buttonLabel="Declare"
        hint={names.length >= MAX_VARIABLES ? `At most ${MAX_VARIABLES} variables.` : "Letters, digits and _, starting with a letter."}
        disabled={names.length >= MAX_VARIABLES}
        validate={(text) => {
          const parsed = parseVariableName(text, names);
          return parsed.ok ? undefined : parsed.message;
        }}
        onAdd={(text) => {
          const parsed = parseVariableName(text, names);
          if (parsed.ok) onChange([...variables, { name: parsed.value, description: "" }]);
        }}
      />
    </div>
  );
}
