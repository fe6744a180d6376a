import { describe, expect, it } from "vitest";
import { connectDatabase } from "@/server/db/connect-database";
import { migrateDatabase, readMigrations } from "@/server/db/migrate-database";

const MIGRATION = "20261204203500_analytics_facts";

describe("the analytics migration's backfill", () => {
  it("derives the time zone, the customer's last message, first agent replies and missing rating events from existing rows", async () => {
    const database = await connectDatabase({ kind: "pglite", dataDir: "memory://" });
    try {
      const all = readMigrations();
      const before = all.filter((m) => m.name < MIGRATION);
      await database.withSession(async (sql) => {
        await migrateDatabase(sql, before);
        await sql.exec(`
          INSERT INTO "Workspace" ("id", "name", "slug", "updatedAt") VALUES ('w1', 'One', 'one', now()), ('w2', 'Two', 'two', now());
          INSERT INTO "BusinessHours" ("id", "workspaceId", "name", "timeZone", "updatedAt") VALUES ('b1', 'w1', 'Paris', 'Europe/Paris', now());
          INSERT INTO "User" ("id", "email", "name", "passwordHash", "updatedAt") VALUES ('u1', 'a@x.test', 'A', 'x', now());
          INSERT INTO "Flow" ("id", "workspaceId", "name", "slug", "draft", "updatedAt") VALUES ('f1', 'w1', 'F', 'f', '{}', now());
          INSERT INTO "FlowVersion" ("id", "flowId", "number", "document") VALUES ('v1', 'f1', 1, '{}');
          INSERT INTO "Conversation" ("id", "workspaceId", "flowId", "flowVersionId", "customerTokenHash", "status", "rating", "ratingComment", "closedAt", "updatedAt")
            VALUES ('c1', 'w1', 'f1', 'v1', 'h1', 'RESOLVED', 4, 'ok', '2026-11-20 10:30', now()),
                   ('c2', 'w1', 'f1', 'v1', 'h2', 'RESOLVED', 5, NULL, '2026-11-20 11:00', now());
          INSERT INTO "Message" ("id", "conversationId", "seq", "author", "text", "agentId", "createdAt") VALUES
            ('m1', 'c1', 1, 'CUSTOMER', 'hi', NULL, '2026-11-20 10:00'),
            ('m2', 'c1', 2, 'AGENT', 'hello', 'u1', '2026-11-20 10:02'),
            ('m3', 'c1', 3, 'CUSTOMER', 'thanks', NULL, '2026-11-20 10:03'),
            ('m4', 'c1', 4, 'AGENT', 'bye', 'u1', '2026-11-20 10:04');
          INSERT INTO "Handoff" ("id", "workspaceId", "conversationId", "kind", "reason", "requestedAt", "acceptedAt", "acceptedById", "resolvedAt", "outcome")
            VALUES ('h1', 'w1', 'c1', 'WARM', 'button', '2026-11-20 10:00:30', '2026-11-20 10:01', 'u1', '2026-11-20 10:05', 'RESOLVED');
          INSERT INTO "Event" ("workspaceId", "conversationId", "type", "data") VALUES ('w1', 'c2', 'conversation.rated', '{"rating":5}');
        `);
        await migrateDatabase(sql, all);
        const workspaces = await sql.query(`SELECT "id", "timeZone", "abandonAfterSeconds" FROM "Workspace" ORDER BY "id"`);
        expect(workspaces).toEqual([
          { id: "w1", timeZone: "Europe/Paris", abandonAfterSeconds: 600 },
          { id: "w2", timeZone: "UTC", abandonAfterSeconds: 600 },
        ]);
        const [c1] = await sql.query<{ seen: string; first: string }>(
          `SELECT "customerSeenAt"::text AS "seen", "firstAgentReplyAt"::text AS "first" FROM "Conversation" WHERE "id" = 'c1'`,
        );
        expect(c1).toEqual({ seen: "2026-11-20 10:03:00", first: "2026-11-20 10:02:00" });
        const [h1] = await sql.query<{ first: string }>(`SELECT "firstReplyAt"::text AS "first" FROM "Handoff" WHERE "id" = 'h1'`);
        expect(h1).toEqual({ first: "2026-11-20 10:02:00" });
        const rated = await sql.query<{ conversationId: string; data: unknown }>(
          `SELECT "conversationId", "data" FROM "Event" WHERE "type" = 'conversation.rated' ORDER BY "conversationId"`,
        );
        expect(rated).toEqual([
          { conversationId: "c1", data: { rating: 4, hasComment: true, backfilled: true } },
          { conversationId: "c2", data: { rating: 5 } },
        ]);
      });
    } finally {
      await database.close();
    }
  });
});
