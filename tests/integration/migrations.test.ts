import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { migrateDatabase, readMigrations } from "@/server/db/migrate-database";
import { createTestDatabase } from "../helpers/test-database";

describe("the app's migrator", () => {
  it("records migrations the way prisma migrate does, and a second run applies nothing", async () => {
    const database = await createTestDatabase();
    try {
      const rows = await database.withSession((sql) =>
        sql.query<{ migration_name: string; checksum: string; finished_at: Date | null; applied_steps_count: number }>(
          `SELECT migration_name, checksum, finished_at, applied_steps_count FROM "_prisma_migrations" ORDER BY migration_name`,
        ),
      );
      const files = readMigrations();
      expect(rows.map((row) => row.migration_name)).toEqual(files.map((file) => file.name));
      for (const [index, row] of rows.entries()) {
        expect(row.checksum).toBe(createHash("sha256").update(files[index]!.sql).digest("hex"));
        expect(row.finished_at).toBeInstanceOf(Date);
        expect(row.applied_steps_count).toBe(1);
      }
      const again = await database.withSession((sql) => migrateDatabase(sql));
      expect(again).toEqual({ applied: [], alreadyApplied: files.length });
    } finally {
      await database.close();
    }
  });

  it("rolls a failing migration back whole, reports it, and applies it once fixed", async () => {
    const database = await createTestDatabase();
    try {
      const broken = {
        name: "29990101000000_broken",
        sql: `CREATE TABLE "Half" (id INT); SELECT * FROM "NoSuchTable";`,
        checksum: "x".repeat(64),
      };
      await expect(database.withSession((sql) => migrateDatabase(sql, [...readMigrations(), broken]))).rejects.toThrow(
        /29990101000000_broken failed: .*NoSuchTable/,
      );
      const half = await database.withSession((sql) => sql.query(`SELECT to_regclass('"Half"') AS t`));
      expect(half[0]).toEqual({ t: null });
      const fixed = { ...broken, sql: `CREATE TABLE "Half" (id INT);` };
      const report = await database.withSession((sql) => migrateDatabase(sql, [...readMigrations(), fixed]));
      expect(report.applied).toEqual([fixed.name]);
    } finally {
      await database.close();
    }
  });
});
