"use client";

import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";

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
    <form
      noValidate
      aria-label="New API token"
      className="space-y-4 rounded-xl border border-slate-200 bg-white p-5"
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit({ name });
      }}
    >
      <h2 className="text-base font-semibold">New API token</h2>
      {error && !fields.name ? <Alert tone="error">{error}</Alert> : null}
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
        The token can do what the workspace API does: list, import, export and publish flows, and list conversations. It is shown once, right after you
        create it.
      </p>
      <div className="flex gap-2">
        <Button type="submit" disabled={pending} aria-busy={pending || undefined}>
          {pending ? "Creating…" : "Create token"}
        </Button>
        <Button variant="secondary" onClick={onCancel}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
