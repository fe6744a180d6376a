import { Button } from "@/components/ui/button";
import type { HolidayRow } from "./hours-state";

/** Days the team is closed whatever the weekly hours say. */
export function HolidaysEditor({
  holidays,
  onChange,
  error,
}: {
  holidays: HolidayRow[];
  onChange: (holidays: HolidayRow[]) => void;
  error?: string | undefined;
}) {
  const update = (key: number, change: Partial<HolidayRow>) => onChange(holidays.map((h) => (h.key === key ? { ...h, ...change } : h)));
  return (
    <fieldset>
      <legend className="text-sm font-medium text-slate-700">Holidays (closed all day)</legend>
      {holidays.length === 0 ? <p className="mt-1 text-sm text-slate-500">No holidays.</p> : null}
      <ul className="mt-2 space-y-2">
        {holidays.map((holiday, i) => (
          <li key={holiday.key} className="flex flex-wrap items-center gap-2">
            <input
              type="date"
              aria-label={`Holiday ${i + 1} date`}
              value={holiday.date}
              onChange={(event) => update(holiday.key, { date: event.target.value })}
              className="rounded-md border border-slate-300 px-2 py-1 text-sm"
            />
            <input
              aria-label={`Holiday ${i + 1} name`}
              value={holiday.name}
              placeholder="Christmas Day"
              onChange={(event) => update(holiday.key, { name: event.target.value })}
              className="rounded-md border border-slate-300 px-2 py-1 text-sm"
            />
            <Button
              variant="ghost"
              aria-label={`Remove holiday ${i + 1}${holiday.name ? ` (${holiday.name})` : ""}`}
              onClick={() => onChange(holidays.filter((h) => h.key !== holiday.key))}
            >
              Remove
            </Button>
          </li>
        ))}
      </ul>
      {error ? <p className="mt-1 text-sm text-red-700">{error}</p> : null}
      <Button
        variant="secondary"
        className="mt-2"
        onClick={() => onChange([...holidays, { key: Math.max(0, ...holidays.map((h) => h.key)) + 1, date: "", name: "" }])}
      >
        Add holiday
      </Button>
    </fieldset>
  );
}
