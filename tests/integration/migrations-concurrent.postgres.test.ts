import { describe, expect, it } from "vitest";
import { migrateDatabase, readMigrations } from "@/server/db/migrate-database";
import { createTestDatabase } from "../helpers/test-database";

// PostgreSQL only: several app instances (separate sessions) start at once.
// The embedded database is one process with one session, so this cannot happen there.
describe("the app's migrator on a shared server", () => {
  it("several instances starting at once migrate exactly once", async () => {
    const database = await createTestDatabase("postgres");
    try {
      const extra = { name: "29990101000000_extra", sql: `CREATE TABLE "Extra" (id INT);`, checksum: "e".repeat(64) };
      const reports = await Promise.all([1, 2, 3].map(() => database.withSession((sql) => migrateDatabase(sql, [...readMigrations(), extra]))));
      expect(reports.flatMap((report) => report.applied)).toEqual([extra.name]);
    } finally {
      await database.close();
    }
  });
});
