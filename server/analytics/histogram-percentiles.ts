/**
 * SQL of percentile_cont over value counts instead of rows: `source` has the grouping columns, "v" (double precision) and
 * "n" (how many times v occurs). Returns one row per group with the columns `p<k>` for each percentile in `ps`, computed
 * exactly as PostgreSQL's percentile_cont does on the expanded rows (orderedsetaggs.c: the rows at floor and ceil of
 * p × (count − 1), zero-based, interpolated as lo + p' × (hi − lo) in double precision), so the figures equal the live ones.
 */
export function histogramPercentiles(source: string, groups: string[], ps: readonly number[]): string {
  const g = groups.map((column) => `"${column}"`).join(", ");
  const x = (p: number) => `(${p}::float8 * ("total" - 1)::float8)`;
  const at = (index: string) => `max("v") FILTER (WHERE "before" <= ${index} AND ${index} < "before" + "n")`;
  const picks = ps.map((p, k) => `${at(`floor(${x(p)})`)} AS "lo${k}", ${at(`ceil(${x(p)})`)} AS "hi${k}"`).join(", ");
  const results = ps.map((p, k) => `"lo${k}" + (${x(p)} - floor(${x(p)})) * ("hi${k}" - "lo${k}") AS "p${k}"`).join(", ");
  return `SELECT ${g}, ${results} FROM (
    SELECT ${g}, min("total") AS "total", ${picks}
    FROM (
      SELECT ${g}, "v", "n", (sum("n") OVER (PARTITION BY ${g} ORDER BY "v") - "n")::float8 AS "before", sum("n") OVER (PARTITION BY ${g})::float8 AS "total"
      FROM (SELECT ${g}, "v", sum("n") AS "n" FROM (${source}) s GROUP BY ${g}, "v") s
    ) w GROUP BY ${g}
  ) q`;
}
