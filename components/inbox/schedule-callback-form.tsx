"use client";

import { useMutation } from "@tanstack/react-query";
import { useId, useState } from "react";
import { useTRPC } from "@/components/providers/trpc";
import { trpcErrorFields } from "@/components/settings/trpc-error-fields";
import { Button } from "@/components/ui/button";
import type { InboxConversation } from "./inbox-types";
import { useRefreshInbox } from "./use-refresh-inbox";
import { wallClock, zonedInstant } from "./zoned-time";

const input = "block w-full rounded-md border border-slate-300 px-2 py-1.5 text-sm";

/** The next full hour at least an hour away, on the team's clock: a sensible first suggestion. */
function suggestedSlot(timeZone: string) {
  const inAnHour = new Date(Date.now() + 60 * 60_000);
  inAnHour.setUTCMinutes(60, 0, 0);
  return wallClock(inAnHour, timeZone);
}

/**
 * Books a call back to the customer: the number (prefilled from what the bot
 * collected), a date and time on the team's clock, and a note for whoever
 * calls. The conversation then waits in Callbacks.
 */
export function ScheduleCallbackForm({ conversation, onDone }: { conversation: InboxConversation; onDone: (message: string) => void }) {
  const trpc = useTRPC();
  const refresh = useRefreshInbox();
  const id = useId();
  const [timeZone] = useState(() => conversation.teamTimeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone);
  const [slot] = useState(() => suggestedSlot(timeZone));
  const [phone, setPhone] = useState(conversation.suggestedPhone ?? "");
  const [date, setDate] = useState(slot.date);
  const [time, setTime] = useState(slot.time);
  const [note, setNote] = useState("");
  const [problem, setProblem] = useState<string | null>(null);
  const schedule = useMutation(
    trpc.inbox.scheduleCallback.mutationOptions({
      onSuccess: (result) => {
        const when = new Date(result.dueAt).toLocaleString([], { timeZone, dateStyle: "medium", timeStyle: "short" });
        onDone(`Callback scheduled for ${when}. It's waiting in Callbacks.`);
      },
      onSettled: () => refresh(conversation.id),
    }),
  );
  const { message, fields } = trpcErrorFields(schedule.error);
  const whenError = problem ?? fields.dueAt ?? null;

  return (
    <form
      aria-label="Schedule a callback"
      className="space-y-2"
      onSubmit={(event) => {
        event.preventDefault();
        if (!date || !time) return setProblem("Choose a date and a time.");
        const dueAt = zonedInstant(date, time, timeZone);
        if (dueAt.getTime() <= Date.now()) return setProblem("That time has passed. Choose a time in the future.");
        setProblem(null);
        schedule.mutate({ conversationId: conversation.id, phone: phone.trim(), dueAt, timeZone, note: note.trim() || null });
      }}
    >
      {message ? (
        <p role="alert" className="text-sm text-red-700">
          {message}
        </p>
      ) : null}
      <label htmlFor={`${id}-phone`} className="block text-sm font-medium text-slate-700">
        Phone number
      </label>
      <input
        id={`${id}-phone`}
        type="tel"
        autoComplete="off"
        value={phone}
        onChange={(event) => setPhone(event.target.value)}
        aria-invalid={fields.phone ? true : undefined}
        aria-describedby={fields.phone ? `${id}-phone-error` : undefined}
        className={input}
      />
      {fields.phone ? (
        <p id={`${id}-phone-error`} className="text-xs text-red-700">
          {fields.phone}
        </p>
      ) : null}
      <div className="flex gap-2">
        <div className="flex-1">
          <label htmlFor={`${id}-date`} className="block text-sm font-medium text-slate-700">
            Date
          </label>
          <input
            id={`${id}-date`}
            type="date"
            value={date}
            onChange={(event) => setDate(event.target.value)}
            aria-describedby={`${id}-zone`}
            className={input}
          />
        </div>
        <div className="w-28">
          <label htmlFor={`${id}-time`} className="block text-sm font-medium text-slate-700">
            Time
          </label>
          <input
            id={`${id}-time`}
            type="time"
            value={time}
            onChange={(event) => setTime(event.target.value)}
            aria-describedby={`${id}-zone`}
            className={input}
          />
        </div>
      </div>
      <p id={`${id}-zone`} className="text-xs text-slate-500">
        Times are in {timeZone}
        {conversation.teamTimeZone && conversation.team ? ` (${conversation.team.name}'s hours)` : ""}.
      </p>
      {whenError ? (
        <p role="alert" className="text-xs text-red-700">
          {whenError}
        </p>
      ) : null}
      <label htmlFor={`${id}-note`} className="block text-sm font-medium text-slate-700">
        Note for the call <span className="font-normal text-slate-500">(optional)</span>
      </label>
      <textarea
        id={`${id}-note`}
        value={note}
        rows={2}
        onChange={(event) => setNote(event.target.value)}
        aria-invalid={fields.note ? true : undefined}
        className={`${input} resize-y`}
      />
      {fields.note ? <p className="text-xs text-red-700">{fields.note}</p> : null}
      <Button type="submit" variant="secondary" disabled={schedule.isPending} className="w-full">
        {schedule.isPending ? "Scheduling…" : "Schedule callback"}
      </Button>
    </form>
  );
}
