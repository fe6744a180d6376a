"use client";

import { useId, useState, type FormEvent } from "react";
import { ChatButton } from "./chat-button";
import { ChatFormError } from "./chat-form-error";
import { FormRequestError, formRequest } from "./form-request";
import { useEmailOptions } from "./use-email-options";

interface TranscriptEmailFormProps {
  sessionId: string;
  token: string;
  color: string;
}

/** "E-mail me the transcript", prefilled with the address the chat knows; nothing at all when the server cannot send e-mail. */
export function TranscriptEmailForm({ sessionId, token, color }: TranscriptEmailFormProps) {
  const id = useId();
  const base = `/api/v1/chat/sessions/${encodeURIComponent(sessionId)}`;
  const { available, address } = useEmailOptions(sessionId, token);
  const [open, setOpen] = useState(false);
  const [email, setEmail] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [sentTo, setSentTo] = useState<string | null>(null);
  const ring = { "--tw-ring-color": color } as React.CSSProperties;

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const sent = await formRequest<{ email: string }>(`${base}/transcript/email`, token, { email });
      setSentTo(sent.email);
      setOpen(false);
    } catch (failure) {
      if (failure instanceof FormRequestError && failure.status === 429) setError("This transcript can't be e-mailed again — download it instead.");
      else setError(failure instanceof FormRequestError ? (failure.fields.email?.[0] ?? failure.message) : "That didn't work. Please try again.");
    } finally {
      setBusy(false);
    }
  }

  if (!available) return null;
  if (!open) {
    return (
      <div className="text-center">
        {sentTo ? (
          <p role="status" className="text-slate-600 dark:text-slate-300">
            Transcript sent to {sentTo}.
          </p>
        ) : null}
        <button
          type="button"
          onClick={() => {
            setEmail((current) => current || (address ?? ""));
            setOpen(true);
          }}
          className="inline-flex min-h-11 items-center rounded-sm font-medium underline underline-offset-2 focus-visible:ring-2 focus-visible:ring-offset-2 focus-visible:outline-none"
          style={{ color, ...ring }}
        >
          {sentTo ? "Send it to another address" : "E-mail me the transcript"}
        </button>
      </div>
    );
  }
  return (
    <form onSubmit={(event) => void submit(event)} className="space-y-2" noValidate>
      <label htmlFor={`${id}-email`} className="block font-medium text-slate-900 dark:text-white">
        Your e-mail address
      </label>
      <div className="flex gap-2">
        <input
          id={`${id}-email`}
          type="email"
          autoComplete="email"
          required
          maxLength={254}
          value={email}
          onChange={(event) => setEmail(event.target.value)}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          className="min-h-11 min-w-0 flex-1 rounded-md border border-slate-300 bg-white px-3 text-slate-900 focus-visible:ring-2 focus-visible:outline-none dark:border-slate-700 dark:bg-slate-900 dark:text-white"
          style={ring}
        />
        <ChatButton type="submit" disabled={busy} color={color}>
          {busy ? "Sending…" : "Send transcript"}
        </ChatButton>
      </div>
      <ChatFormError id={`${id}-error`} form>
        {error}
      </ChatFormError>
    </form>
  );
}
