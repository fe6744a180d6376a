"use client";

import type { NodeData } from "@/server/flow/node-catalog";
import { AddByName } from "./controls/add-by-name";
import { errorClass } from "./controls/control-styles";
import { LinesTextarea } from "./controls/lines-textarea";
import { IntentTranslations } from "./intent-translations";
import { ListEditor } from "./controls/list-editor";
import { Section } from "./controls/section";
import { TextField } from "./controls/text-field";
import { newIntent } from "./new-items";
import type { ErrorLookup } from "./node-form";

type Intent = NodeData<"understand">["intents"][number];
const MAX_INTENTS = 50;

export function IntentsEditor({ intents, onChange, error }: { intents: Intent[]; onChange(intents: Intent[]): void; error: ErrorLookup }) {
  const full = intents.length >= MAX_INTENTS;
  return (
    <Section title="Intents" description="What customers may want. Each intent gets its own exit on the canvas.">
      <ListEditor
        items={intents}
        onChange={onChange}
        itemName="intent"
        itemKey={(intent, index) => intent.id || `index-${index}`}
        itemTitle={(intent, index) => intent.name || `Intent ${index + 1}`}
        empty="No intents yet: every reply will take the Low confidence exit."
        renderItem={(intent, index, update) => (
          <>
            <TextField
              label="Name"
              hint="Route rules match intents by this name."
              value={intent.name}
              maxLength={60}
              onChange={(name) => update({ ...intent, name })}
              error={error(`intents.${index}.name`) ?? error(`intents.${index}.id`)}
            />
            <LinesTextarea
              label="Example phrases"
              hint="One per line, the way customers say it. Five or more different ones work best."
              placeholder={"I was charged twice\nWhere is my invoice?"}
              value={intent.examples}
              onChange={(examples) => update({ ...intent, examples })}
              error={error(`intents.${index}.examples`)}
              rows={4}
            />
            <IntentTranslations intent={intent} path={`intents.${index}`} onChange={update} error={error} />
          </>
        )}
      />
      {error("intents", true) ? <p className={errorClass}>{error("intents", true)}</p> : null}
      <AddByName
        label="New intent"
        placeholder="e.g. Billing question"
        buttonLabel="Add intent"
        disabled={full}
        hint={full ? `At most ${MAX_INTENTS} intents.` : "Name it, then add example phrases."}
        validate={(name) =>
          name.length > 60
            ? "Keep the name to 60 characters or fewer."
            : intents.some((intent) => intent.name.toLowerCase() === name.toLowerCase())
              ? "There is already an intent with this name."
              : undefined
        }
        onAdd={(name) => onChange([...intents, newIntent(name, intents)])}
      />
    </Section>
  );
}
