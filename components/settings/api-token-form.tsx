"use client";

import { useState } from "react";
import { Field } from "@/components/ui/field";
import { CardForm } from "./card-form";

export interface ApiTokenFormProps {
  pending: boolean;
  error: string | null;
  fields: Record<string, string | undefined>;
  onSubmit: (values: { name: string }) => void;
  onCancel: () => void;
}

/** The name of a new token; the server validates, and its message shows beside the field. What was typed stays on an error. */
export function ApiTokenForm({ pending, error, fields, onSubmit, onCancel }: ApiTokenFormProps) {
  const [name, setName] = useState("");
  return (
    <CardForm
      label="New API token"
      title="New API token"
      error={fields.name ? null : error}
      pending={pending}
      submitLabel="Create token"
      pendingLabel="Creating…"
      onSubmit={() => onSubmit({ name })}
      onCancel={onCancel}
    >
      <Field
        label="Name"
        value={name}
        onChange={(event) => setName(event.target.value)}
        error={fields.name}
        hint="What will use it, like “deploy script” or “Zapier”: the list shows it, so you know what you revoke. Up to 60 characters."
        autoComplete="off"
        autoFocus
      />
      <p className="text-sm text-slate-500">
        The token can do what the workspace API does: list, import, export and publish flows, and list conversations. It is shown once, right after you create
        it.
      </p>
    </CardForm>
  );
}
