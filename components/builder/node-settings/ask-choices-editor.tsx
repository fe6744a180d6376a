"use client";

import type { NodeData } from "@/server/flow/node-catalog";
import { AddByName } from "./controls/add-by-name";
import { errorClass } from "./controls/control-styles";
import { ListEditor } from "./controls/list-editor";
import { Section } from "./controls/section";
import { TextField } from "./controls/text-field";
import { newChoice } from "./new-items";
import type { ErrorLookup } from "./node-form";

type Choice = NodeData<"ask">["choices"][number];
const MAX_CHOICES = 12;

export function AskChoicesEditor({ choices, onChange, error }: { choices: Choice[]; onChange(choices: Choice[]): void; error: ErrorLookup }) {
  const listError = error("choices", true);
  return (
    <Section title="Buttons" description="The customer taps one; its text is saved in the variable.">
      <ListEditor
        items={choices}
        onChange={onChange}
        itemName="button"
        itemKey={(choice, index) => choice.id || `index-${index}`}
        itemTitle={(choice, index) => choice.label || `Button ${index + 1}`}
        empty="No buttons yet: add at least two so the customer has a choice."
        renderItem={(choice, index, update) => (
          <TextField
            label="Button text"
            value={choice.label}
            maxLength={80}
            onChange={(label) => update({ ...choice, label })}
            error={error(`choices.${index}`)}
          />
        )}
      />
      {listError ? <p className={errorClass}>{listError}</p> : null}
      <AddByName
        label="New button"
        placeholder="e.g. Track my order"
        buttonLabel="Add button"
        disabled={choices.length >= MAX_CHOICES}
        hint={choices.length >= MAX_CHOICES ? `At most ${MAX_CHOICES} buttons.` : undefined}
        validate={(label) =>
          choices.some((choice) => choice.label.toLowerCase() === label.toLowerCase()) ? "There is already a button with this text." : undefined
        }
        onAdd={(label) => onChange([...choices, newChoice(label, choices)])}
      />
    </Section>
  );
}
