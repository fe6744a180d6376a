"use client";

import { useEffect, useId, useMemo, useRef, useState, type FormEvent } from "react";
import type { BookCallbackResponse } from "@/server/conversations/book-customer-callback";
import type { CallbackSlotsResponse } from "@/server/conversations/list-callback-slots";
import type { ChatMessage } from "./chat-message";
import { ChatButton } from "./chat-button";
import { ChatFormError } from "./chat-form-error";
import { FormRequestError, formRequest } from "./form-request";
import { groupSlotsByDay } from "./group-slots-by-day";
import { readableTextColor } from "./readable-text-color";

interface CallbackFormProps {
  sessionId: string;
  token: string;
  color: string;
  onScheduled: (result: { status: string; messages: ChatMessage[] }) => void;
  onCancel: () => void;
}

type Load = { state: "loading" } | { state: "error"; message: string } | { state: "ready"; data: CallbackSlotsResponse };
type Errors = { phone?: string; startsAt?: string; note?: string; form?: string };

const MAX_NOTE = 1000;

const inputClass =
  "mt-1 block w-full rounded-xl border bg-white px-3 py-2 text-base text-slate-900 focus-visible:ring-2 focus-visible:outline-none sm:text-sm dark:bg-slate-950 dark:text-slate-100";

/** The customer's own time zone, as the browser knows it. */
function browserTimeZone(): string {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || "UTC";
  } catch {
    return "UTC";
  }
}

/** Instead of waiting: a phone number and a time inside the team's business hours, shown on the customer's clock. */
export function CallbackForm({ sessionId, token, color, onScheduled, onCancel }: CallbackFormProps) {
  const id = useId();
  const base = `/api/v1/chat/sessions/${encodeURIComponent(sessionId)}`;
  const [timeZone] = useState(browserTimeZone);
  const [load, setLoad] = useState<Load>({ state: "loading" });
  const [phone, setPhone] = useState("");
  const [startsAt, setStartsAt] = useState<string | null>(null);
  const [note, setNote] = useState("");
  const [errors, setErrors] = useState<Errors>({});
  const [busy, setBusy] = useState(false);
  const phoneRef = useRef<HTMLInputElement>(null);
  const slotsRef = useRef<HTMLFieldSetElement>(null);

  // Bumped to load the slots again (Try again, or a slot that was taken meanwhile).
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let current = true;
    formRequest<CallbackSlotsResponse>(`${base}/callback-slots`, token).then(
      (data) => current && setLoad({ state: "ready", data }),
      (error: unknown) => current && setLoad({ state: "error", message: error instanceof Error ? error.message : "" }),
    );
    return () => {
      current = false;
    };
  }, [base, token, attempt]);

  const loadSlots = () => {
    setLoad({ state: "loading" });
    setAttempt((n) => n + 1);
  };

  const ready = load.state === "ready" ? load.data : null;
  useEffect(() => {
    if (ready?.slots.length) phoneRef.current?.focus();
  }, [ready]);

  const days = useMemo(() => (ready ? groupSlotsByDay(ready.slots, timeZone) : []), [ready, timeZone]);
  const teamZone = ready?.team?.timeZone ?? null;
  // A slot that vanished after a reload is no longer chosen.
  const chosen = ready?.slots.some((slot) => slot.startsAt === startsAt) ? startsAt : null;

  async function submit(event: FormEvent) {
    event.preventDefault();
    const found: Errors = {};
    if (!phone.trim()) found.phone = "Enter the number we should call.";
    if (!chosen) found.startsAt = "Choose a time for the call.";
    if (note.length > MAX_NOTE) found.note = "Keep the note under 1,000 characters.";
    setErrors(found);
    if (found.phone) return phoneRef.current?.focus();
    if (found.startsAt) return slotsRef.current?.querySelector("input")?.focus();
    if (found.note) return;
    setBusy(true);
    try {
      const result = await formRequest<BookCallbackResponse>(`${base}/callback`, token, {
        phone,
        startsAt: chosen,
        timeZone,
        ...(note.trim() ? { note } : {}),
      });
      onScheduled({ status: result.status, messages: result.messages });
    } catch (error) {
      const failure = error instanceof FormRequestError ? error : new FormRequestError("That didn't work. Please try again.", 0, {});
      const next: Errors = { phone: failure.fields.phone?.[0], startsAt: failure.fields.startsAt?.[0], note: failure.fields.note?.[0] };
      if (!next.phone && !next.startsAt && !next.note) next.form = failure.message;
      setErrors(next);
      if (next.phone) phoneRef.current?.focus();
      // The time was taken or passed while the form was open: offer fresh ones, keeping what was typed.
      if (next.startsAt) setAttempt((n) => n + 1);
    } finally {
      setBusy(false);
    }
  }

  const ring = { "--tw-ring-color": color } as React.CSSProperties;

  return (
    <form onSubmit={submit} noValidate aria-labelledby={`${id}-title`} aria-busy={busy || load.state === "loading"} className="space-y-3">
      <h2 id={`${id}-title`} className="text-base font-semibold text-slate-900 dark:text-white">
        Request a callback
      </h2>
      {load.state === "loading" && (
        <p role="status" className="text-slate-600 dark:text-slate-300">
          Finding times we can call you…
        </p>
      )}
      {load.state === "error" && (
        <div role="alert" className="space-y-2">
          <p>We couldn&apos;t load the times for a call. {load.message}</p>
          <div className="flex gap-2">
            <ChatButton variant="secondary" onClick={loadSlots} color={color}>
              Try again
            </ChatButton>
            <ChatButton variant="secondary" onClick={onCancel} color={color}>
              Cancel
            </ChatButton>
          </div>
        </div>
      )}
      {ready && ready.slots.length === 0 && (
        <div className="space-y-2">
          <p role="status">
            Sorry — there are no times we can call you in the next few days. You can keep waiting here, or leave a message and we&apos;ll get back to you.
          </p>
          <ChatButton variant="secondary" onClick={onCancel} color={color}>
            Back to the chat
          </ChatButton>
        </div>
      )}
      {ready && ready.slots.length > 0 && (
        <>
          <p className="text-slate-600 dark:text-slate-300">
            Leave your number and pick a time{ready.team ? ` — someone from ${ready.team.name} will call you` : " — we'll call you"}. This chat will end once
            it&apos;s booked.
          </p>
          <div>
            <label htmlFor={`${id}-phone`} className="block font-medium text-slate-900 dark:text-white">
              Phone number
            </label>
            <input
              ref={phoneRef}
              id={`${id}-phone`}
              name="phone"
              type="tel"
              autoComplete="tel"
              inputMode="tel"
              value={phone}
              onChange={(event) => setPhone(event.target.value)}
              aria-invalid={errors.phone ? true : undefined}
              aria-describedby={`${id}-phone-hint${errors.phone ? ` ${id}-phone-error` : ""}`}
              className={`${inputClass} ${errors.phone ? "border-red-500" : "border-slate-300 dark:border-slate-600"}`}
              style={ring}
              placeholder="+44 20 7946 0000"
            />
            <p id={`${id}-phone-hint`} className="mt-1 text-xs text-slate-500 dark:text-slate-400">
              Include the country or area code, e.g. +44 20 7946 0000.
            </p>
            <ChatFormError id={`${id}-phone-error`}>{errors.phone}</ChatFormError>
          </div>

          <fieldset
            ref={slotsRef}
            aria-describedby={`${id}-zone${errors.startsAt ? ` ${id}-slot-error` : ""}`}
            aria-invalid={errors.startsAt ? true : undefined}
          >
            <legend className="font-medium text-slate-900 dark:text-white">When should we call?</legend>
            <p id={`${id}-zone`} className="mt-0.5 text-xs text-slate-500 dark:text-slate-400">
              Times shown in your time zone ({timeZone}).{teamZone && teamZone !== timeZone ? ` Our team works in ${teamZone}.` : ""}
            </p>
            <ChatFormError id={`${id}-slot-error`}>{errors.startsAt}</ChatFormError>
            <div className="mt-2 max-h-64 space-y-3 overflow-y-auto pr-1">
              {days.map((day) => (
                <div key={day.key} role="group" aria-labelledby={`${id}-day-${day.key}`}>
                  <p id={`${id}-day-${day.key}`} className="text-xs font-semibold tracking-wide text-slate-500 uppercase dark:text-slate-400">
                    {day.label}
                  </p>
                  <div className="mt-1 flex flex-wrap gap-1.5">
                    {day.slots.map((slot) => {
                      const selected = slot.startsAt === chosen;
                      return (
                        <label key={slot.startsAt} className="relative">
                          <input
                            type="radio"
                            name={`${id}-slot`}
                            value={slot.startsAt}
                            checked={selected}
                            onChange={() => setStartsAt(slot.startsAt)}
                            aria-label={`${day.label}, ${slot.time}`}
                            className="peer absolute inset-0 z-10 size-full cursor-pointer appearance-none opacity-0"
                          />
                          <span
                            className="inline-flex min-h-10 min-w-[4.5rem] cursor-pointer items-center justify-center rounded-full border px-3 text-sm tabular-nums peer-focus-visible:ring-2 peer-focus-visible:ring-offset-2 dark:peer-focus-visible:ring-offset-slate-900"
                            style={
                              selected
                                ? ({
                                    backgroundColor: color,
                                    borderColor: color,
                                    color: readableTextColor(color),
                                    "--tw-ring-color": color,
                                  } as React.CSSProperties)
                                : ({ borderColor: "rgb(203 213 225)", "--tw-ring-color": color } as React.CSSProperties)
                            }
                          >
                            {slot.time}
                          </span>
                        </label>
                      );
                    })}
                  </div>
                </div>
              ))}
            </div>
          </fieldset>

          <div>
            <label htmlFor={`${id}-note`} className="block font-medium text-slate-900 dark:text-white">
              Anything we should know? <span className="font-normal text-slate-500 dark:text-slate-400">(optional)</span>
            </label>
            <textarea
              id={`${id}-note`}
              name="note"
              rows={2}
              value={note}
              onChange={(event) => setNote(event.target.value)}
              aria-invalid={errors.note ? true : undefined}
              aria-describedby={errors.note ? `${id}-note-error` : undefined}
              className={`${inputClass} resize-none ${errors.note ? "border-red-500" : "border-slate-300 dark:border-slate-600"}`}
              style={ring}
            />
            <ChatFormError id={`${id}-note-error`}>{errors.note}</ChatFormError>
          </div>

          <ChatFormError form>{errors.form}</ChatFormError>
          <div className="flex flex-wrap gap-2">
            <ChatButton type="submit" disabled={busy} color={color}>
              {busy ? "Booking…" : "Book callback"}
            </ChatButton>
            <ChatButton variant="secondary" onClick={onCancel} disabled={busy} color={color}>
              Cancel
            </ChatButton>
          </div>
        </>
      )}
    </form>
  );
}
