import { closesTooEarly, MAX_SLOTS_A_DAY, nextSlot, type DayRow, type SlotRow } from "./hours-state";

const timeInput = "w-20 rounded-md border px-2 py-1 text-sm disabled:bg-slate-50 disabled:text-slate-400";
const linkButton = "rounded px-1.5 py-0.5 text-xs font-medium text-brand-700 hover:bg-brand-50 disabled:text-slate-400 disabled:hover:bg-transparent";

/** Opens and closes inputs of one slot; `nth` > 1 names the later slots of a day ("Monday opens (2)"). */
function SlotInputs({
  name,
  nth,
  slot,
  disabled,
  onChange,
}: {
  name: string;
  nth: number;
  slot: SlotRow;
  disabled: boolean;
  onChange: (change: Partial<SlotRow>) => void;
}) {
  const suffix = nth > 1 ? ` (${nth})` : "";
  const invalid = !disabled && closesTooEarly(slot);
  return (
    <>
      <td className="py-1 pr-4">
        <input
          aria-label={`${name} opens${suffix}`}
          value={slot.open}
          disabled={disabled}
          placeholder="09:00"
          maxLength={5}
          onChange={(event) => onChange({ open: event.target.value })}
          className={`${timeInput} border-slate-300`}
        />
      </td>
      <td className="py-1 pr-2">
        <input
          aria-label={`${name} closes${suffix}`}
          aria-invalid={invalid || undefined}
          value={slot.close}
          disabled={disabled}
          placeholder="17:00"
          maxLength={5}
          onChange={(event) => onChange({ close: event.target.value })}
          className={`${timeInput} ${invalid ? "border-red-400" : "border-slate-300"}`}
        />
        {invalid ? <span className="ml-2 text-xs text-red-700">Closes before it opens</span> : null}
      </td>
    </>
  );
}

/**
 * A row per weekday: open or closed, and from when to when (HH:MM; 24:00 is
 * midnight at the end of the day), with up to three slots a day for a lunch
 * break or an evening shift.
 */
export function WeekdayHours({
  days,
  onChange,
  error,
}: {
  days: DayRow[];
  onChange: (day: number, change: Partial<DayRow>) => void;
  error?: string | undefined;
}) {
  return (
    <div>
      <table className="text-sm">
        <caption className="sr-only">Weekly hours</caption>
        <thead className="text-left text-xs uppercase tracking-wide text-slate-500">
          <tr>
            <th className="py-1 pr-4 font-medium">Day</th>
            <th className="py-1 pr-4 font-medium">Closed</th>
            <th className="py-1 pr-4 font-medium">Opens</th>
            <th className="py-1 pr-2 font-medium">Closes</th>
            <th className="py-1 font-medium">
              <span className="sr-only">More hours</span>
            </th>
          </tr>
        </thead>
        {days.map((row) => {
          const last = row.more.at(-1) ?? row;
          const full = row.more.length + 1 >= MAX_SLOTS_A_DAY || last.close.trim() >= "23:00";
          return (
            <tbody key={row.day}>
              <tr>
                <th scope="row" className="py-1 pr-4 text-left font-normal">
                  {row.name}
                </th>
                <td className="py-1 pr-4">
                  <input
                    type="checkbox"
                    aria-label={`${row.name} closed`}
                    checked={row.closed}
                    onChange={(event) => onChange(row.day, { closed: event.target.checked })}
                    className="h-4 w-4 rounded border-slate-300"
                  />
                </td>
                <SlotInputs name={row.name} nth={1} slot={row} disabled={row.closed} onChange={(change) => onChange(row.day, change)} />
                <td className="py-1">
                  {row.closed ? null : (
                    <button
                      type="button"
                      className={linkButton}
                      disabled={full}
                      aria-label={`Add hours on ${row.name}`}
                      onClick={() => onChange(row.day, { more: [...row.more, nextSlot(row)] })}
                    >
                      + Hours
                    </button>
                  )}
                </td>
              </tr>
              {row.closed
                ? null
                : row.more.map((slot, i) => (
                    <tr key={i}>
                      <td />
                      <td className="py-1 pr-4 text-right text-xs text-slate-500">then</td>
                      <SlotInputs
                        name={row.name}
                        nth={i + 2}
                        slot={slot}
                        disabled={false}
                        onChange={(change) => onChange(row.day, { more: row.more.map((other, j) => (j === i ? { ...other, ...change } : other)) })}
                      />
                      <td className="py-1">
                        <button
                          type="button"
                          className={linkButton}
                          aria-label={`Remove ${row.name} hours (${i + 2})`}
                          onClick={() => onChange(row.day, { more: row.more.filter((_, j) => j !== i) })}
                        >
                          Remove
                        </button>
                      </td>
                    </tr>
                  ))}
            </tbody>
          );
        })}
      </table>
      <p className="mt-1 text-xs text-slate-500">
        Times as HH:MM in the team&apos;s time zone; 24:00 is midnight at the end of the day. Use + Hours for a break (09:00–12:00, then 13:00–17:00).
      </p>
      {error ? <p className="mt-1 text-sm text-red-700">{error}</p> : null}
    </div>
  );
}
