/** Wait buckets of the time-to-a-person histogram, in seconds: [from, to). */
export const WAIT_BUCKETS = [
  { key: "under_1m", label: "Under 1 min", from: 0, to: 60 },
  { key: "1_5m", label: "1–5 min", from: 60, to: 300 },
  { key: "5_15m", label: "5–15 min", from: 300, to: 900 },
  { key: "15_60m", label: "15–60 min", from: 900, to: 3600 },
  { key: "over_60m", label: "Over 60 min", from: 3600, to: null },
] as const;

/** A share in [0, 1], or null when there is nothing to divide by (shown as "—", never as 0 %). */
export function rate(part: number, whole: number): number | null {
  return whole > 0 ? part / whole : null;
}

/** The change from the previous period: relative for counts, null when there was nothing before. */
export function change(current: number | null, previous: number | null): number | null {
  if (current === null || previous === null || previous === 0) return null;
  return (current - previous) / previous;
}

/** A figure beside its previous period's, with the change. */
export function compared(current: number | null, previous: number | null) {
  return { current, previous, change: change(current, previous) };
}

/** Seconds from SQL (numeric, text or null) as a whole number, or null. */
export function seconds(value: unknown): number | null {
  if (value === null || value === undefined) return null;
  const n = Number(value);
  return Number.isFinite(n) ? Math.round(n) : null;
}

/** A SQL count (bigint, numeric or text) as a number. */
export function count(value: unknown): number {
  const n = Number(value ?? 0);
  return Number.isFinite(n) ? n : 0;
}

/** The histogram, every bucket present (zero or not), from SQL's per-bucket counts keyed as WAIT_BUCKETS. */
export function waitHistogram(row: Partial<Record<(typeof WAIT_BUCKETS)[number]["key"], unknown>>) {
  return WAIT_BUCKETS.map((bucket) => ({ key: bucket.key, label: bucket.label, count: count(row[bucket.key]) }));
}

/** The SQL FILTER clauses counting waits (an expression in seconds) into WAIT_BUCKETS. */
export function waitBucketsSql(expression: string): string {
  return WAIT_BUCKETS.map(
    (bucket) => `count(*) FILTER (WHERE ${expression} >= ${bucket.from}${bucket.to === null ? "" : ` AND ${expression} < ${bucket.to}`}) AS "${bucket.key}"`,
  ).join(",\n");
}
