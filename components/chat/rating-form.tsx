"use client";

import { useId, useState, type FormEvent } from "react";
import { ChatButton } from "./chat-button";
import { ChatFormError } from "./chat-form-error";
import { FormRequestError, formRequest } from "./form-request";

interface RatingFormProps {
  sessionId: string;
  token: string;
  color: string;
}

const MAX_COMMENT = 1000;
const STARS = [1, 2, 3, 4, 5] as const;
const WORDS: Record<number, string> = { 1: "Poor", 2: "Not great", 3: "OK", 4: "Good", 5: "Great" };

/** After the chat: 1–5 stars (a radio group: arrow keys move), an optional comment, and the transcript to keep. */
export function RatingForm({ sessionId, token, color }: RatingFormProps) {
  const id = useId();
  const base = `/api/v1/chat/sessions/${encodeURIComponent(sessionId)}`;
  const [rating, setRating] = useState<number | null>(null);
  const [hovered, setHovered] = useState<number | null>(null);
  const [comment, setComment] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [sent, setSent] = useState(false);
  const tooLong = comment.length > MAX_COMMENT;
  const shown = hovered ?? rating ?? 0;

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (rating === null) return setError("Choose from 1 to 5 stars first.");
    if (tooLong) return setError("Keep the comment under 1,000 characters.");
    setBusy(true);
    setError(null);
    try {
      await formRequest(`${base}/rating`, token, { rating, ...(comment.trim() ? { comment } : {}) });
      setSent(true);
    } catch (failure) {
      setError(
        failure instanceof FormRequestError
          ? (failure.fields.comment?.[0] ?? failure.fields.rating?.[0] ?? failure.message)
          : "That didn't work. Please try again.",
      );
    } finally {
      setBusy(false);
    }
  }

  const transcript = (
    <a
      href={`${base}/transcript?token=${encodeURIComponent(token)}`}
      download
      rel="noreferrer"
      className="inline-flex min-h-11 items-center rounded-sm font-medium underline underline-offset-2 focus-visible:ring-2 focus-visible:ring-offset-2 focus-visible:outline-none"
      style={{ color, "--tw-ring-color": color } as React.CSSProperties}
    >
      Download transcript
    </a>
  );

  if (sent) {
    return (
      <div className="space-y-1 text-center">
        <p role="status" className="font-medium text-slate-900 dark:text-white">
          Thanks for your feedback
        </p>
        <p className="text-slate-600 dark:text-slate-300">
          You rated this chat {rating} out of 5.{" "}
          <button
            type="button"
            onClick={() => setSent(false)}
            className="rounded-sm underline underline-offset-2 focus-visible:ring-2 focus-visible:outline-none"
            style={{ "--tw-ring-color": color } as React.CSSProperties}
          >
            Change
          </button>
        </p>
        {transcript}
      </div>
    );
  }

  return (
    <form onSubmit={submit} noValidate aria-busy={busy} className="space-y-3">
      <fieldset aria-describedby={error ? `${id}-error` : undefined}>
        <legend className="w-full text-center font-medium text-slate-900 dark:text-white">How did we do?</legend>
        <div className="mt-1 flex justify-center gap-1" onMouseLeave={() => setHovered(null)}>
          {STARS.map((value) => (
            <label key={value} className="relative" onMouseEnter={() => setHovered(value)}>
              <input
                type="radio"
                name={`${id}-rating`}
                value={value}
                checked={rating === value}
                onChange={() => {
                  setRating(value);
                  setError(null);
                }}
                aria-label={value === 1 ? "1 star" : `${value} stars`}
                className="peer absolute inset-0 z-10 size-full cursor-pointer appearance-none opacity-0"
              />
              <span
                aria-hidden
                className="flex size-11 cursor-pointer items-center justify-center rounded-full text-3xl leading-none peer-focus-visible:ring-2 motion-safe:transition-transform motion-safe:hover:scale-110"
                style={{ color: value <= shown ? color : "rgb(148 163 184)", "--tw-ring-color": color } as React.CSSProperties}
              >
                {value <= shown ? "★" : "☆"}
              </span>
            </label>
          ))}
        </div>
        <p className="h-5 text-center text-xs text-slate-500 dark:text-slate-400" aria-hidden>
          {shown ? WORDS[shown] : ""}
        </p>
      </fieldset>
      <div>
        <label htmlFor={`${id}-comment`} className="block font-medium text-slate-900 dark:text-white">
          Anything to add? <span className="font-normal text-slate-500 dark:text-slate-400">(optional)</span>
        </label>
        <textarea
          id={`${id}-comment`}
          rows={2}
          value={comment}
          onChange={(event) => setComment(event.target.value)}
          aria-invalid={tooLong ? true : undefined}
          aria-describedby={`${id}-count`}
          className={`mt-1 block w-full resize-none rounded-xl border bg-white px-3 py-2 text-base text-slate-900 focus-visible:ring-2 focus-visible:outline-none sm:text-sm dark:bg-slate-950 dark:text-slate-100 ${tooLong ? "border-red-500" : "border-slate-300 dark:border-slate-600"}`}
          style={{ "--tw-ring-color": color } as React.CSSProperties}
        />
        <p
          id={`${id}-count`}
          className={`mt-1 text-right text-xs tabular-nums ${tooLong ? "text-red-700 dark:text-red-400" : "text-slate-500 dark:text-slate-400"}`}
        >
          {tooLong ? `${(comment.length - MAX_COMMENT).toLocaleString("en")} characters over the limit — ` : ""}
          {comment.length.toLocaleString("en")} / {MAX_COMMENT.toLocaleString("en")}
        </p>
      </div>
      <ChatFormError id={`${id}-error`} form>
        {error}
      </ChatFormError>
      <div className="flex flex-wrap items-center justify-between gap-2">
        <ChatButton type="submit" disabled={busy || tooLong} color={color}>
          {busy ? "Sending…" : "Send"}
        </ChatButton>
        {transcript}
      </div>
    </form>
  );
}
