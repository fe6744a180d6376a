"use client";

import { useId, useRef, useState, type FormEvent } from "react";
import type { EmailFollowUpResponse } from "@/server/conversations/leave-email-follow-up";
import { ChatButton } from "./chat-button";
import { ChatFormError } from "./chat-form-error";
import { FormRequestError, formRequest } from "./form-request";
import { MAX_MESSAGE_LENGTH } from "./message-limits";
import { newClientMessageId } from "./outbox";

interface EmailFollowUpFormProps {
  sessionId: string;
  token: string;
  color: string;
  /** The address the chat already knows, to prefill. */
  address: string | null;
  onSent(result: EmailFollowUpResponse): void;
  onCancel(): void;
}

type Errors = { email?: string; text?: string; form?: string };

/**
 * "Leave your e-mail and we'll reply": the address and the message, sent once
 * (a retry after a lost answer reuses the same key, so it is not left twice).
 */
export function EmailFollowUpForm({ sessionId, token, color, address, onSent, onCancel }: EmailFollowUpFormProps) {
  const id = useId();
  const [email, setEmail] = useState(address ?? "");
  const [text, setText] = useState("");
  const [busy, setBusy] = useState(false);
  const [errors, setErrors] = useState<Errors>({});
  const key = useRef(newClientMessageId());
  const ring = { "--tw-ring-color": color } as React.CSSProperties;

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setErrors({});
    try {
      const result = await formRequest<EmailFollowUpResponse>(`/api/v1/chat/sessions/${encodeURIComponent(sessionId)}/follow-up`, token, {
        clientMessageId: key.current,
        email,
        text,
      });
      onSent(result);
    } catch (failure) {
      if (failure instanceof FormRequestError) {
        const next: Errors = { email: failure.fields.email?.[0], text: failure.fields.text?.[0] };
        if (!next.email && !next.text) next.form = failure.message;
        setErrors(next);
      } else setErrors({ form: "That didn't work. Please try again." });
    } finally {
      setBusy(false);
    }
  }

  const field =
    "w-full rounded-md border border-slate-300 bg-white px-3 text-slate-900 focus-visible:ring-2 focus-visible:outline-none dark:border-slate-700 dark:bg-slate-900 dark:text-white";
  return (
    <form onSubmit={(event) => void submit(event)} noValidate aria-labelledby={`${id}-title`} aria-busy={busy} className="space-y-3">
      <h2 id={`${id}-title`} className="text-base font-semibold text-slate-900 dark:text-white">
        Get a reply by e-mail
      </h2>
      <p className="text-slate-600 dark:text-slate-300">Nobody can chat right now. Leave your message and we&apos;ll answer it by e-mail.</p>
      <div className="space-y-1">
        <label htmlFor={`${id}-email`} className="block font-medium text-slate-900 dark:text-white">
          Your e-mail address
        </label>
        <input
          id={`${id}-email`}
          type="email"
          autoComplete="email"
          maxLength={254}
          value={email}
          onChange={(event) => setEmail(event.target.value)}
          aria-invalid={errors.email ? true : undefined}
          aria-describedby={errors.email ? `${id}-email-error` : undefined}
          className={`${field} min-h-11`}
          style={ring}
        />
        <ChatFormError id={`${id}-email-error`}>{errors.email}</ChatFormError>
      </div>
      <div className="space-y-1">
        <label htmlFor={`${id}-text`} className="block font-medium text-slate-900 dark:text-white">
          Your message
        </label>
        <textarea
          id={`${id}-text`}
          rows={3}
          maxLength={MAX_MESSAGE_LENGTH}
          value={text}
          onChange={(event) => setText(event.target.value)}
          aria-invalid={errors.text ? true : undefined}
          aria-describedby={errors.text ? `${id}-text-error` : undefined}
          className={`${field} py-2`}
          style={ring}
        />
        <ChatFormError id={`${id}-text-error`}>{errors.text}</ChatFormError>
      </div>
      <ChatFormError form>{errors.form}</ChatFormError>
      <div className="flex flex-wrap gap-2">
        <ChatButton type="submit" disabled={busy} color={color}>
          {busy ? "Sending…" : "Send message"}
        </ChatButton>
        <ChatButton variant="secondary" onClick={onCancel} color={color}>
          Cancel
        </ChatButton>
      </div>
    </form>
  );
}
