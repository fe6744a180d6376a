import pg from "pg";
import { describe, expect, it } from "vitest";
import { seedDemoWorkspace } from "@/prisma/seed";
import { rollUpAnalytics } from "@/server/analytics/roll-up-analytics";
import { createTestDatabase } from "../helpers/test-database";

// PostgreSQL only: a write still open in another session while the sweep rolls its day up.
// The embedded database is one process with one session, so this cannot happen there.
describe("analytics rollups on a shared server", () => {
  it("a day is not rolled up while an older write to it is still open, and its change is counted once committed", async () => {
    const database = await createTestDatabase("postgres");
    const writer = new pg.Client({ connectionString: database.url });
    try {
      const db = database.prisma;
      await seedDemoWorkspace(db);
      const workspace = await db.workspace.findFirstOrThrow({ where: { slug: "acme" } });
      const flow = await db.flow.findFirstOrThrow({ where: { slug: "acme" } });
      const started = new Date("2026-11-20T10:00:00Z");
      const conversation = await db.conversation.create({
        data: { workspaceId: workspace.id, flowId: flow.id, flowVersionId: flow.publishedVersionId!, customerTokenHash: "late", createdAt: started },
      });
      const now = new Date("2026-11-21T12:00:00Z");

      // The rating is written (its trigger sees no rolled-up day) but not committed when the sweep starts.
      await writer.connect();
      await writer.query("BEGIN");
      await writer.query(`UPDATE "Conversation" SET "rating" = 5 WHERE "id" = $1`, [conversation.id]);
      expect(await rollUpAnalytics(db, now)).toBe(0);
      expect(await db.analyticsRollupDay.findFirst({ where: { workspaceId: workspace.id } })).toMatchObject({ rolledAt: null });

      await writer.query("COMMIT");
      expect(await rollUpAnalytics(db, now)).toBe(1);
      const rows = await db.analyticsRollup.findMany({ where: { workspaceId: workspace.id } });
      expect(rows.map((row) => ({ started: row.started, rated: row.rated, ratingSum: row.ratingSum, rated5: row.rated5 }))).toEqual([
        { started: 1, rated: 1, ratingSum: 5, rated5: 1 },
      ]);
    } finally {
      await writer.end().catch(() => undefined);
      await database.close();
    }
  });
});
