import { closesTooEarly, type DayRow } from "./hours-state";

const timeInput = "w-20 rounded-md border px-2 py-1 text-sm disabled:bg-slate-50 disabled:text-slate-400";

/** A row per weekday: open or closed, and from when to when (HH:MM; 24:00 is midnight at the end of the day). */
export function WeekdayHours({ days, onChange, error }: { days: DayRow[]; onChange: (day: number, change: Partial<DayRow>) => void; error?: string | undefined }) {
  return (
    <div>
      <table className="text-sm">
        <caption className="sr-only">Weekly hours</caption>
        <thead className="text-left text-xs uppercase tracking-wide text-slate-500">
          <tr>
            <th className="py-1 pr-4 font-medium">Day</th>
            <th className="py-1 pr-4 font-medium">Closed</th>
            <th className="py-1 pr-4 font-medium">Opens</th>
            <th className="py-1 font-medium">Closes</th>
          </tr>
        </thead>
        <tbody>
          {days.map((row) => {
            const invalid = closesTooEarly(row);
            return (
              <tr key={row.day}>
                <th scope="row" className="py-1 pr-4 text-left font-normal">
                  {row.name}
                </th>
                <td className="py-1 pr-4">
                  <input type="checkbox" aria-label={`${row.name} closed`} checked={row.closed} onChange={(event) => onChange(row.day, { closed: event.target.checked })} className="h-4 w-4 rounded border-slate-300" />
                </td>
                <td className="py-1 pr-4">
                  <input aria-label={`${row.name} opens`} value={row.open} disabled={row.closed} placeholder="09:00" maxLength={5} onChange={(event) => onChange(row.day, { open: event.target.value })} className={`${timeInput} border-slate-300`} />
                </td>
                <td className="py-1">
                  <input
                    aria-label={`${row.name} closes`}
                    aria-invalid={invalid || undefined}
                    value={row.close}
                    disabled={row.closed}
                    placeholder="17:00"
                    maxLength={5}
                    onChange={(event) => onChange(row.day, { close: event.target.value })}
                    className={`${timeInput} ${invalid ? "border-red-400" : "border-slate-300"}`}
                  />
                  {invalid ? <span className="ml-2 text-xs text-red-700">Closes before it opens</span> : null}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <p className="mt-1 text-xs text-slate-500">Times as HH:MM in the team&apos;s time zone; 24:00 is midnight at the end of the day.</p>
      {error ? <p className="mt-1 text-sm text-red-700">{error}</p> : null}
    </div>
  );
}
