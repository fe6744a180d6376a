import "server-only";
import type { DbClient } from "../db/db-client";
import { DAY_MS, ms, ts, type RollupCoverage } from "./rollup-coverage";

/** Span lengths in days, longest first; every span starts a whole number of spans after Monday 2000-01-03 (UTC). */
export const SPAN_DAYS = [28, 7] as const;
export const SPAN_EPOCH = "2000-01-03T00:00:00.000";

/** The covered days' value counts split into written spans (each wholly covered) and the days left to read one by one. */
export interface SpanCover {
  /** Span starts (UTC timestamp text) per span length. */
  spans: { days: number; starts: string[] }[];
  /** Covered days not inside a chosen span. */
  days: string[];
}

/**
 * Which written spans ("AnalyticsRollupSpan") the covered days fill completely without crossing a split (the periods' starts:
 * a span's rows count in the period of its first day), longest first; the rest stay single days.
 * Read in the dashboard's transaction, so a span found here and its rows agree with the days' rollups (a span is removed in
 * the transaction that rolls any of its days again, and its days must all be covered: rolled up, clean, inside one period).
 */
export async function rollupSpans(db: DbClient, workspaceId: string, coverage: RollupCoverage, splits: string[]): Promise<SpanCover> {
  if (coverage.days.length < Math.min(...SPAN_DAYS)) return { spans: [], days: coverage.days };
  const rows = await db.$queryRawUnsafe<{ day: string; days: number }[]>(
    `SELECT to_char(s."day", 'YYYY-MM-DD"T"HH24:MI:SS.MS') AS "day", s."days" FROM "AnalyticsRollupSpan" s
     WHERE s."workspaceId" = $1 AND s."day" >= $2::timestamp AND s."day" <= $3::timestamp`,
    workspaceId,
    coverage.days[0],
    coverage.days.at(-1),
  );
  const left = new Set(coverage.days.map(ms));
  const spans = SPAN_DAYS.map((days) => {
    const starts: string[] = [];
    for (const row of rows.filter((r) => r.days === days).sort((a, b) => ms(a.day) - ms(b.day))) {
      const start = ms(row.day);
      const inside = Array.from({ length: days }, (_, i) => start + i * DAY_MS);
      if (!inside.every((day) => left.has(day)) || splits.some((at) => ms(at) > start && ms(at) < start + days * DAY_MS)) continue;
      for (const day of inside) left.delete(day);
      starts.push(ts(start));
    }
    return { days, starts };
  }).filter((span) => span.starts.length > 0);
  return { spans, days: coverage.days.filter((day) => left.has(ms(day))) };
}
