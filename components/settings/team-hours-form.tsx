"use client";

import { useMutation } from "@tanstack/react-query";
import { useId, useState } from "react";
import { useTRPC } from "@/components/providers/trpc";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import type { TeamSummary } from "@/server/workspace/list-teams";
import { HolidaysEditor } from "./holidays-editor";
import { WeekdayHours } from "./weekday-hours";
import { aroundTheClock, initialHours, toWeeklySlots, type DayRow, type HolidayRow } from "./hours-state";
import { SectionForm } from "./section-form";
import { trpcErrorFields } from "./trpc-error-fields";
import { useRefreshTeams } from "./use-refresh-teams";

const timeZones = () => ["UTC", ...Intl.supportedValuesOf("timeZone")];

/** Time zone, a row per weekday, the Open 24/7 preset and holidays. */
export function TeamHoursForm({ team }: { team: TeamSummary }) {
  const trpc = useTRPC();
  const refresh = useRefreshTeams();
  const listId = useId();
  const [start] = useState(() => initialHours(team.businessHours, Intl.DateTimeFormat().resolvedOptions().timeZone));
  const [zoneOptions] = useState(timeZones);
  const [timeZone, setTimeZone] = useState(start.timeZone);
  const [days, setDays] = useState<DayRow[]>(start.days);
  const [holidays, setHolidays] = useState<HolidayRow[]>(start.holidays);
  const [saved, setSaved] = useState<string | null>(null);
  const save = useMutation(
    trpc.teams.setHours.mutationOptions({
      onSuccess: async (result) => {
        setTimeZone(result.timeZone);
        setSaved("Hours saved.");
        await refresh();
      },
    }),
  );
  const { message, fields } = trpcErrorFields(save.error);
  const edited = () => setSaved(null);
  const sharedWith = team.businessHours?.sharedWith ?? [];

  return (
    <SectionForm
      label={`Business hours of ${team.name}`}
      title="Business hours"
      description={
        !team.businessHours
          ? "No hours yet, so this team counts as always open. Outside its hours (and on holidays) the flow takes the handoff's No agent exit."
          : sharedWith.length
            ? `These hours are shared with ${sharedWith.join(", ")}; saving gives ${team.name} its own copy and leaves the others as they are.`
            : "Outside these hours (and on holidays) the flow takes the handoff's No agent exit."
      }
      error={message}
      saved={saved}
      pending={save.isPending}
      submitLabel="Save hours"
      onSubmit={() =>
        save.mutate({ teamId: team.id, timeZone, weeklySlots: toWeeklySlots(days), holidays: holidays.map(({ date, name }) => ({ date, name })) })
      }
    >
      <Field
        className="max-w-sm"
        label="Time zone"
        list={listId}
        value={timeZone}
        onChange={(event) => {
          edited();
          setTimeZone(event.target.value);
        }}
        error={fields.timeZone}
        hint="An IANA zone, like Europe/London or America/New_York."
        autoComplete="off"
      />
      <datalist id={listId}>
        {zoneOptions.map((zone) => (
          <option key={zone} value={zone} />
        ))}
      </datalist>
      <div className="flex flex-wrap items-center gap-3">
        <Button
          variant="secondary"
          onClick={() => {
            edited();
            setDays(aroundTheClock());
          }}
        >
          Open 24/7
        </Button>
        <span className="text-xs text-slate-500">Every day 00:00–24:00; holidays still close the team. Press Save hours to keep it.</span>
      </div>
      <WeekdayHours
        days={days}
        error={fields.weeklySlots}
        onChange={(day, change) => {
          edited();
          setDays((current) => current.map((row) => (row.day === day ? { ...row, ...change } : row)));
        }}
      />
      <HolidaysEditor
        holidays={holidays}
        error={fields.holidays}
        onChange={(next) => {
          edited();
          setHolidays(next);
        }}
      />
    </SectionForm>
  );
}
