"use client";

import { useState } from "react";
import { Field } from "@/components/ui/field";
import { TextareaField } from "@/components/ui/textarea-field";
import { cannedReplyLimits, previewShortcut } from "./canned-reply-rules";
import { CardForm } from "./card-form";

export interface CannedReplyValues {
  shortcut: string;
  title: string;
  text: string;
}

export interface CannedReplyFormProps {
  /** The form's accessible name, e.g. "New canned reply". */
  label: string;
  title: string;
  initial: CannedReplyValues;
  submitLabel: string;
  pending: boolean;
  error: string | null;
  fields: Record<string, string | undefined>;
  onSubmit: (values: CannedReplyValues) => void;
  onCancel: () => void;
}

const count = (value: string, limit: number) =>
  value.length > limit ? `${(value.length - limit).toLocaleString("en")} characters too long (${limit} at most).` : `${value.length} / ${limit}`;

/**
 * Shortcut, title and text of a canned reply. The server normalises and
 * validates; its messages show beside the fields, and nothing typed is lost
 * on an error. Ctrl/Cmd+Enter in the text saves.
 */
export function CannedReplyForm({ label, title, initial, submitLabel, pending, error, fields, onSubmit, onCancel }: CannedReplyFormProps) {
  const [values, setValues] = useState(initial);
  const set = (key: keyof CannedReplyValues) => (event: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) =>
    setValues((current) => ({ ...current, [key]: event.target.value }));
  const shortcut = previewShortcut(values.shortcut);

  return (
    <CardForm label={label} title={title} error={error} pending={pending} submitLabel={submitLabel} onSubmit={() => onSubmit(values)} onCancel={onCancel}>
      <div className="grid gap-4 sm:grid-cols-[minmax(0,1fr)_minmax(0,2fr)]">
        <Field
          label="Shortcut"
          value={values.shortcut}
          onChange={set("shortcut")}
          error={fields.shortcut}
          placeholder="refund"
          hint={`Agents type /${shortcut || "shortcut"} in the inbox. Lower-case letters, digits and dashes, up to ${cannedReplyLimits.shortcut}.`}
          autoComplete="off"
          autoCapitalize="none"
          spellCheck={false}
          autoFocus
        />
        <Field
          label="Title"
          value={values.title}
          onChange={set("title")}
          error={fields.title}
          placeholder="Refund policy"
          hint={`Shown in the “/” menu · ${count(values.title, cannedReplyLimits.title)}`}
          autoComplete="off"
        />
      </div>
      <TextareaField
        label="Text"
        value={values.text}
        onChange={set("text")}
        error={fields.text}
        limit={cannedReplyLimits.text}
        rows={5}
        placeholder="You can get a refund within 30 days of purchase…"
        hint={
          <>
            <code className="font-mono">{"{{customer_name}}"}</code>, <code className="font-mono">{"{{agent_name}}"}</code>,{" "}
            <code className="font-mono">{"{{team_name}}"}</code> and anything the bot collected (e.g. <code className="font-mono">{"{{email}}"}</code>) are
            filled in when an agent inserts the reply; one it can&apos;t fill stays selected for the agent to type over, unless it has a fallback, like{" "}
            <code className="font-mono">{'{{customer_name | fallback: "there"}}'}</code>.
          </>
        }
        onKeyDown={(event) => {
          if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
            event.preventDefault();
            event.currentTarget.form?.requestSubmit();
          }
        }}
      />
    </CardForm>
  );
}
