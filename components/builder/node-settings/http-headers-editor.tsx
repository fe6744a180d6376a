"use client";

import { Button } from "@/components/ui/button";
import { errorClass, inputClass } from "./controls/control-styles";
import { Section } from "./controls/section";
import { useLocalDraft } from "./controls/use-local-draft";
import type { ErrorLookup } from "./node-form";

type Headers = Record<string, string>;
type Row = [name: string, value: string];

/** The headers the rows mean: rows without a name are still being typed and are left out. */
export const headersOf = (rows: readonly Row[]): Headers =>
  Object.fromEntries(rows.map(([name, value]): Row => [name.trim(), value]).filter(([name]) => name !== ""));

/** Name/value rows; a row without a name stays here until it has one. */
export function HttpHeadersEditor({ headers, onChange, error }: { headers: Headers; onChange(headers: Headers): void; error: ErrorLookup }) {
  const [rows, setRows] = useLocalDraft<Headers, Row[]>(headers, (value) => Object.entries(value), headersOf);
  const edit = (next: Row[]) => {
    setRows(next);
    const written = headersOf(next);
    if (JSON.stringify(written) !== JSON.stringify(headers)) onChange(written);
  };
  const names = rows.map(([name]) => name.trim()).filter(Boolean);
  const duplicated = names.some((name, index) => names.indexOf(name) !== index);

  return (
    <Section title="Headers" description="For example Authorization. {{variables}} work in values.">
      {rows.map(([name, value], index) => {
        const rowError = name.trim() ? error(`headers.${name.trim()}`) : undefined;
        return (
          <div key={index}>
            <div className="flex items-start gap-2">
              <input
                aria-label={`Header ${index + 1} name`}
                placeholder="Name"
                value={name}
                onChange={(event) => edit(rows.map((row, i): Row => (i === index ? [event.target.value, row[1]] : row)))}
                className={inputClass(undefined, "mt-0 w-2/5")}
              />
              <input
                aria-label={`Header ${index + 1} value`}
                placeholder="Value"
                value={value}
                onChange={(event) => edit(rows.map((row, i): Row => (i === index ? [row[0], event.target.value] : row)))}
                className={inputClass(rowError, "mt-0 min-w-0 flex-1")}
              />
              <Button variant="ghost" aria-label={`Remove header ${index + 1}`} className="px-2" onClick={() => edit(rows.filter((_, i) => i !== index))}>
                ✕
              </Button>
            </div>
            {rowError ? <p className={errorClass}>{rowError}</p> : null}
          </div>
        );
      })}
      {duplicated ? <p className="text-xs text-amber-700">Two headers have the same name; only the last one is sent.</p> : null}
      {error("headers", true) ? <p className={errorClass}>{error("headers", true)}</p> : null}
      <Button variant="secondary" onClick={() => setRows([...rows, ["", ""]])}>
        Add header
      </Button>
    </Section>
  );
}
