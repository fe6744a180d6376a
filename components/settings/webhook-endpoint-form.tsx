"use client";

import { useId, useState } from "react";
import { Field } from "@/components/ui/field";
import type { WebhookTranscriptMode } from "@/server/notifications/webhook-payload-schemas";
import type { WebhookEventType } from "@/server/notifications/webhook-schemas";
import { webhookEvents } from "./webhook-events";
import { CardForm } from "./card-form";

export interface WebhookEndpointValues {
  url: string;
  description: string;
  events: WebhookEventType[];
  enabled: boolean;
  transcript: WebhookTranscriptMode;
}

/** What handoff and resolve events carry of the transcript (docs/webhooks.md, "Context and transcript"). */
const transcriptChoices: { mode: WebhookTranscriptMode; label: string; explanation: string }[] = [
  { mode: "none", label: "None", explanation: "Only the context package; read the transcript with an API token." },
  { mode: "link", label: "Signed link", explanation: "A private link to the transcript that expires (7 days unless the server says otherwise)." },
  { mode: "full", label: "Full transcript", explanation: "The messages in the event itself (the oldest are left out past 64 KB)." },
];

export interface WebhookEndpointFormProps {
  /** The form's accessible name, e.g. "New webhook endpoint". */
  label: string;
  title: string;
  initial: WebhookEndpointValues;
  submitLabel: string;
  pending: boolean;
  error: string | null;
  fields: Record<string, string | undefined>;
  onSubmit: (values: WebhookEndpointValues) => void;
  onCancel: () => void;
}

/** URL, description, events, transcript and on/off of an endpoint; the server validates, and its messages show beside the fields. Nothing typed is lost on an error. */
export function WebhookEndpointForm({ label, title, initial, submitLabel, pending, error, fields, onSubmit, onCancel }: WebhookEndpointFormProps) {
  const id = useId();
  const [values, setValues] = useState(initial);
  const toggle = (type: WebhookEventType) =>
    setValues((current) => ({ ...current, events: current.events.includes(type) ? current.events.filter((e) => e !== type) : [...current.events, type] }));

  return (
    <CardForm label={label} title={title} error={error} pending={pending} submitLabel={submitLabel} onSubmit={() => onSubmit(values)} onCancel={onCancel}>
      <Field
        label="Endpoint URL"
        type="url"
        inputMode="url"
        placeholder="https://example.com/tandem-webhook"
        value={values.url}
        onChange={(event) => setValues((current) => ({ ...current, url: event.target.value }))}
        error={fields.url}
        hint="Tandem POSTs signed JSON here. http:// or https:// only."
        autoComplete="off"
        autoFocus
      />
      <Field
        label="Description"
        value={values.description}
        onChange={(event) => setValues((current) => ({ ...current, description: event.target.value }))}
        error={fields.description}
        hint="Optional: what receives these, e.g. “CRM sync”."
        autoComplete="off"
      />
      <fieldset aria-describedby={fields.events ? `${id}-events-error` : undefined}>
        <legend className="text-sm font-medium text-slate-700">Events</legend>
        <div className="mt-2 grid gap-2 sm:grid-cols-2">
          {webhookEvents.map((event) => (
            <div key={event.type} className="flex items-start gap-2 text-sm">
              <input
                id={`${id}-${event.type}`}
                type="checkbox"
                checked={values.events.includes(event.type)}
                onChange={() => toggle(event.type)}
                aria-describedby={`${id}-${event.type}-explained`}
                className="mt-0.5 h-4 w-4 rounded border-slate-300"
              />
              <div>
                <label htmlFor={`${id}-${event.type}`} className="font-medium text-slate-900">
                  {event.label} <span className="font-mono text-xs font-normal text-slate-500">{event.type}</span>
                </label>
                <p id={`${id}-${event.type}-explained`} className="text-slate-500">
                  {event.explanation}
                </p>
              </div>
            </div>
          ))}
        </div>
        {fields.events ? (
          <p id={`${id}-events-error`} className="mt-1 text-sm text-red-700">
            {fields.events}
          </p>
        ) : null}
      </fieldset>
      <fieldset>
        <legend className="text-sm font-medium text-slate-700">Transcript in payload</legend>
        <p className="text-sm text-slate-500">For handoff requested, handoff accepted and conversation resolved, besides the context package.</p>
        <div className="mt-2 grid gap-2 sm:grid-cols-3">
          {transcriptChoices.map((choice) => (
            <div key={choice.mode} className="flex items-start gap-2 text-sm">
              <input
                id={`${id}-transcript-${choice.mode}`}
                type="radio"
                name={`${id}-transcript`}
                value={choice.mode}
                checked={values.transcript === choice.mode}
                onChange={() => setValues((current) => ({ ...current, transcript: choice.mode }))}
                aria-describedby={`${id}-transcript-${choice.mode}-explained`}
                className="mt-0.5 h-4 w-4 border-slate-300"
              />
              <div>
                <label htmlFor={`${id}-transcript-${choice.mode}`} className="font-medium text-slate-900">
                  {choice.label}
                </label>
                <p id={`${id}-transcript-${choice.mode}-explained`} className="text-slate-500">
                  {choice.explanation}
                </p>
              </div>
            </div>
          ))}
        </div>
        {fields.transcript ? <p className="mt-1 text-sm text-red-700">{fields.transcript}</p> : null}
      </fieldset>
      <div className="flex items-start gap-2 text-sm">
        <input
          id={`${id}-enabled`}
          type="checkbox"
          role="switch"
          checked={values.enabled}
          onChange={(event) => setValues((current) => ({ ...current, enabled: event.target.checked }))}
          aria-describedby={`${id}-enabled-explained`}
          className="mt-0.5 h-4 w-4 rounded border-slate-300"
        />
        <div>
          <label htmlFor={`${id}-enabled`} className="font-medium text-slate-900">
            Enabled
          </label>
          <p id={`${id}-enabled-explained`} className="text-slate-500">
            Turned off, the endpoint gets nothing and its pending retries stop.
          </p>
        </div>
      </div>
    </CardForm>
  );
}
