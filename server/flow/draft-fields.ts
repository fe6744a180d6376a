import { z } from "zod";

/** A list read from a half-written draft: items that do not read are dropped, the rest kept in order. */
export function draftList<T>(item: z.ZodType<T>) {
  return z.array(z.unknown()).transform((items) =>
    items.flatMap((value) => {
      const read = item.safeParse(value);
      return read.success ? [read.data] : [];
    }),
  );
}

/** A string-keyed record read from a half-written draft: entries whose value does not read are dropped. */
export function draftRecord<T>(value: z.ZodType<T>) {
  return z.record(z.string(), z.unknown()).transform((entries) =>
    Object.fromEntries(
      Object.entries(entries).flatMap(([key, item]) => {
        const read = value.safeParse(item);
        return read.success ? [[key, read.data] as const] : [];
      }),
    ),
  );
}

/** A text field of a list item: "" while missing or not text. */
export const itemText = z.string().catch("");

/** A choice field of a list item: the first value while missing or unknown. */
export const itemChoice = <const Values extends readonly [string, ...string[]]>(values: Values) => z.enum(values).catch(values[0]);

/** A list field of a list item: empty while missing, its unreadable entries dropped. */
export const itemList = <T>(item: z.ZodType<T>) => draftList(item).catch([]);
