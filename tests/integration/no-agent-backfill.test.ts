import { describe, expect, it } from "vitest";
import { migrateDatabase, readMigrations } from "@/server/db/migrate-database";
import { createTestDatabase } from "../helpers/test-database";

const MIGRATION = "20261205001000_no_agent_handoffs";

const DOCUMENT = JSON.stringify({
  nodes: [
    { id: "understand", type: "understand", data: {} },
    { id: "hb", type: "handoff_warm", data: { teamId: "t1" } },
    { id: "hc", type: "handoff_cold", data: { teamId: "" } },
  ],
});

describe("the no-agent migration's backfill", () => {
  it("records a handoff that ended at once for each turn whose handoff found nobody, from the event log, and marks rolled-up days dirty", async () => {
    const all = readMigrations();
    const database = await createTestDatabase(
      undefined,
      all.filter((m) => m.name < MIGRATION),
    );
    try {
      await database.withSession(async (sql) => {
        await sql.exec(`
          INSERT INTO "Workspace" ("id", "name", "slug", "updatedAt") VALUES ('w1', 'One', 'one', now());
          INSERT INTO "Team" ("id", "workspaceId", "name", "updatedAt") VALUES ('t1', 'w1', 'Billing', now());
          INSERT INTO "Flow" ("id", "workspaceId", "name", "slug", "draft", "updatedAt") VALUES ('f1', 'w1', 'F', 'f', '{}', now());
          INSERT INTO "FlowVersion" ("id", "flowId", "number", "document") VALUES ('v1', 'f1', 1, '${DOCUMENT}');
          INSERT INTO "Conversation" ("id", "workspaceId", "flowId", "flowVersionId", "customerTokenHash", "status", "teamId", "createdAt", "updatedAt")
            SELECT 'c' || n, 'w1', 'f1', 'v1', 'h' || n, 'BOT', 't1', '2026-11-20 09:00', now() FROM generate_series(1, 6) n;
          -- A day already rolled up: the backfilled handoff must send it back to the sweep.
          INSERT INTO "AnalyticsRollupDay" ("workspaceId", "day", "rolledAt") VALUES ('w1', '2026-11-20', '2026-11-21 01:00');
          INSERT INTO "Event" ("workspaceId", "conversationId", "flowId", "flowVersionId", "nodeId", "type", "data", "createdAt") VALUES
            -- c1: asked for a person in words; Billing closed.
            ('w1', 'c1', 'f1', 'v1', 'understand', 'trigger', '{"reason":"explicit_request"}', '2026-11-20 09:01'),
            ('w1', 'c1', 'f1', 'v1', 'hb', 'node_visit', '{"from":null}', '2026-11-20 09:01'),
            ('w1', 'c1', 'f1', 'v1', 'hb', 'trigger', '{"noAgent":"closed"}', '2026-11-20 09:01'),
            -- c2: the flow's own path (an offer is no escalation); a cold step without its own team: the conversation's.
            ('w1', 'c2', 'f1', 'v1', 'understand', 'trigger', '{"reason":"sentiment","action":"offer"}', '2026-11-20 09:02'),
            ('w1', 'c2', 'f1', 'v1', 'hc', 'trigger', '{"noAgent":"nobody_online"}', '2026-11-20 09:02'),
            -- c3: the step's team was deleted.
            ('w1', 'c3', 'f1', 'v1', 'understand', 'trigger', '{"reason":"button"}', '2026-11-20 09:03'),
            ('w1', 'c3', 'f1', 'v1', 'hb', 'trigger', '{"noAgent":"unknown_team"}', '2026-11-20 09:03'),
            -- c4: found nobody at one step, then a person's queue at the next, in the same turn: that handoff tells it.
            ('w1', 'c4', 'f1', 'v1', 'hb', 'trigger', '{"noAgent":"closed"}', '2026-11-20 09:04'),
            -- c5: the queue sweep's turn (through a no_agent exit) finds the next team closed too: the sweep closed that request.
            ('w1', 'c5', 'f1', 'v1', 'hc', 'node_visit', '{"from":"hb","port":"no_agent"}', '2026-11-20 09:05'),
            ('w1', 'c5', 'f1', 'v1', 'hc', 'trigger', '{"noAgent":"closed"}', '2026-11-20 09:05'),
            -- c6: two steps found nobody in one turn: one escalation, where it began; a later turn asks again: another.
            ('w1', 'c6', 'f1', 'v1', 'understand', 'trigger', '{"reason":"button"}', '2026-11-20 09:06'),
            ('w1', 'c6', 'f1', 'v1', 'hb', 'trigger', '{"noAgent":"closed"}', '2026-11-20 09:06'),
            ('w1', 'c6', 'f1', 'v1', 'hc', 'node_visit', '{"from":"hb","port":"no_agent"}', '2026-11-20 09:06'),
            ('w1', 'c6', 'f1', 'v1', 'hc', 'trigger', '{"noAgent":"closed"}', '2026-11-20 09:06'),
            ('w1', 'c6', 'f1', 'v1', 'understand', 'trigger', '{"reason":"topic_rule"}', '2026-11-20 09:30'),
            ('w1', 'c6', 'f1', 'v1', 'hb', 'trigger', '{"noAgent":"closed"}', '2026-11-20 09:30');
          INSERT INTO "Handoff" ("id", "workspaceId", "conversationId", "kind", "reason", "teamId", "nodeId", "requestedAt")
            VALUES ('queued', 'w1', 'c4', 'WARM', 'flow', 't1', 'hc', '2026-11-20 09:04');
          INSERT INTO "Handoff" ("id", "workspaceId", "conversationId", "kind", "reason", "teamId", "nodeId", "requestedAt", "resolvedAt", "outcome")
            VALUES ('swept', 'w1', 'c5', 'WARM', 'button', 't1', 'hb', '2026-11-20 09:00', '2026-11-20 09:05', 'NO_AGENT');
        `);
        expect(await sql.query(`SELECT count(*)::int AS "n" FROM "AnalyticsRollupDirty"`)).toEqual([{ n: 1 }]); // the two handoffs above
        await sql.exec(`DELETE FROM "AnalyticsRollupDirty"`);

        await migrateDatabase(sql, all);
        const rows = await sql.query(
          `SELECT "conversationId", "kind"::text, "reason"::text, "teamId", "nodeId", "outcome"::text, to_char("requestedAt", 'HH24:MI') AS "at",
             "resolvedAt" = "requestedAt" AS "atOnce", "acceptedAt", "context"
           FROM "Handoff" WHERE "id" NOT IN ('queued', 'swept') ORDER BY "conversationId", "requestedAt"`,
        );
        const row = (conversationId: string, kind: string, reason: string, teamId: string | null, nodeId: string, at: string, noAgent: string) => ({
          conversationId,
          kind,
          reason,
          teamId,
          nodeId,
          outcome: "NO_AGENT",
          at,
          atOnce: true,
          acceptedAt: null,
          context: { reason, channel: "web", noAgent, backfilled: true },
        });
        expect(rows).toEqual([
          row("c1", "WARM", "explicit_request", "t1", "hb", "09:01", "closed"),
          row("c2", "COLD", "flow", "t1", "hc", "09:02", "nobody_online"),
          row("c3", "WARM", "button", null, "hb", "09:03", "unknown_team"),
          row("c6", "WARM", "button", "t1", "hb", "09:06", "closed"),
          row("c6", "WARM", "topic_rule", "t1", "hb", "09:30", "closed"),
        ]);
        expect(await sql.query(`SELECT "workspaceId", to_char("day", 'YYYY-MM-DD') AS "day" FROM "AnalyticsRollupDirty"`)).toEqual([
          { workspaceId: "w1", day: "2026-11-20" },
        ]);
      });
    } finally {
      await database.close();
    }
  });
});
