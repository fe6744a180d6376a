"use client";

import type { BuilderContext } from "../builder-context";
import { AddByName } from "../node-settings/controls/add-by-name";
import { ListEditor } from "../node-settings/controls/list-editor";
import { NodeTargetSelect } from "./node-target-select";
import { newTopic, parseKeywords, parseWith, topicIdSchema, type Parsed, type Topic } from "./settings-schemas";
import { ValidatedField } from "./validated-field";

const MAX_TOPICS = 20;

export function TopicTriggersEditor({ topics, onChange, context }: { topics: Topic[]; onChange(topics: Topic[]): void; context: BuilderContext }) {
  const parseName = (text: string, index: number): Parsed<string> =>
    topics.some((topic, i) => i !== index && topic.id === text.trim())
      ? { ok: false, message: "Another topic has this name." }
      : parseWith(topicIdSchema, text.trim());

  return (
    <div role="group" aria-label="Sensitive topics" className="space-y-3 rounded-lg border border-slate-200 p-3">
      <div>
        <p className="text-sm font-medium text-slate-700">Sensitive topics</p>
        <p className="mt-0.5 text-xs text-slate-500">
          A message containing one of these keywords goes straight to a person (complaints, legal, cancellations…).
        </p>
      </div>
      <ListEditor
        items={topics}
        onChange={onChange}
        itemName="topic"
        itemKey={(_topic, index) => String(index)}
        itemTitle={(topic) => topic.id}
        renderItem={(topic, index, update) => (
          <>
            <ValidatedField
              label="Name"
              hint="Recorded as the reason for the handoff. Letters, digits, - and _."
              value={topic.id}
              format={(id) => id}
              parse={(text) => parseName(text, index)}
              onCommit={(id) => update({ ...topic, id })}
            />
            <ValidatedField
              label="Keywords"
              hint="Separated by commas. Whole words, upper/lower case ignored."
              value={topic.keywords}
              format={(keywords) => keywords.join(", ")}
              parse={parseKeywords}
              onCommit={(keywords) => update({ ...topic, keywords })}
            />
            <NodeTargetSelect label="Go to" value={topic.targetNodeId} onChange={(targetNodeId) => update({ ...topic, targetNodeId })} nodes={context.nodes} />
          </>
        )}
      />
      <AddByName
        label="New topic"
        placeholder="e.g. lawyer, legal action"
        buttonLabel="Add topic"
        hint={topics.length >= MAX_TOPICS ? `At most ${MAX_TOPICS} topics.` : "Its keywords, separated by commas."}
        disabled={topics.length >= MAX_TOPICS}
        validate={(text) => {
          const parsed = parseKeywords(text);
          return parsed.ok ? undefined : parsed.message;
        }}
        onAdd={(text) => {
          const parsed = parseKeywords(text);
          if (parsed.ok) onChange([...topics, newTopic(parsed.value, topics)]);
        }}
      />
    </div>
  );
}
