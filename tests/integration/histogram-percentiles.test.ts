import { describe, expect, it } from "vitest";
import { histogramPercentiles } from "@/server/analytics/histogram-percentiles";
import { setupTestDatabase } from "../helpers/test-database";

const test = setupTestDatabase();
const PS = [0, 0.1, 0.25, 0.5, 0.75, 0.9, 0.99, 1] as const;

describe("histogramPercentiles", () => {
  it("equals percentile_cont over the expanded rows to the last bit, for groups of 1 to 2,000 values with and without repeats", async () => {
    // Seconds to the millisecond (as EXTRACT(EPOCH …) gives them, then double precision), some groups with many repeats.
    const rows = await test.db.$queryRawUnsafe<{ g: number; same: boolean; diff: string | null }[]>(
      `WITH v AS (
         SELECT s.g, (CASE WHEN s.g % 2 = 0 THEN round((random() * 5000)::numeric, 3) ELSE (floor(random() * 7) * 1.5)::numeric END)::float8 AS "v"
         FROM (SELECT g, generate_series(1, (ARRAY[1, 2, 3, 10, 11, 1000, 2000, 999])[g]) AS i FROM generate_series(1, 8) g) s
       ), live AS (
         SELECT g, ${PS.map((p, k) => `percentile_cont(${p}) WITHIN GROUP (ORDER BY "v") AS "p${k}"`).join(", ")} FROM v GROUP BY g
       ), rolled AS (${histogramPercentiles(`SELECT g, "v", count(*) AS "n" FROM v GROUP BY g, "v"`, ["g"], PS)})
       SELECT l.g, ${PS.map((_, k) => `l."p${k}" = r."p${k}"`).join(" AND ")} AS "same",
         concat_ws(' ', ${PS.map((_, k) => `CASE WHEN l."p${k}" <> r."p${k}" THEN l."p${k}"::text || '<>' || r."p${k}"::text END`).join(", ")}) AS "diff"
       FROM live l JOIN rolled r USING (g) ORDER BY l.g`,
    );
    expect(rows).toHaveLength(8);
    expect(rows.filter((row) => !row.same)).toEqual([]);
  });
});
