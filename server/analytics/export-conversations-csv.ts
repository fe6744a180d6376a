import "server-only";
import type { DbClient } from "../db/db-client";
import { conversationWhere, SqlParams, type AnalyticsScope } from "./analytics-scope";

const PAGE = 1000;

/** The CSV's columns, in order (every row's keys come from the SQL below). */
export const CSV_COLUMNS = [
  "conversationId",
  "startedAt",
  "channel",
  "flow",
  "flowVersion",
  "status",
  "team",
  "agent",
  "escalated",
  "handoffs",
  "firstHandoffReason",
  "firstHandoffAt",
  "waitSeconds",
  "firstReplySeconds",
  "handleSeconds",
  "handoffOutcome",
  "contained",
  "abandoned",
  "callbackStatus",
  "rating",
  "ratingComment",
  "closedAt",
] as const;

/** A CSV cell: quoted when needed, and a leading =, +, - or @ defused so a spreadsheet never runs it as a formula. */
export function csvCell(value: unknown): string {
  if (value === null || value === undefined) return "";
  let text = value instanceof Date ? value.toISOString() : String(value);
  if (/^[=+\-@\t\r]/.test(text) && !/^-?\d+(\.\d+)?$/.test(text)) text = `'${text}`;
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * The measured conversations of the current period with their outcome fields, as CSV,
 * streamed a page at a time (keyset on start time and id): any period's export holds at most
 * one page in memory.
 */
export function exportConversationsCsv(db: DbClient, scope: AnalyticsScope): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let after: { at: string; id: string } | null = null;
  let started = false;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (!started) {
        started = true;
        controller.enqueue(encoder.encode(`${CSV_COLUMNS.join(",")}\n`));
      }
      const rows = await page(db, scope, after);
      if (rows.length === 0) return controller.close();
      controller.enqueue(encoder.encode(rows.map((row) => CSV_COLUMNS.map((column) => csvCell(row[column])).join(",") + "\n").join("")));
      const last = rows.at(-1)!;
      after = { at: String(last.cursorAt), id: String(last.conversationId) };
      if (rows.length < PAGE) controller.close();
    },
  });
}

async function page(db: DbClient, scope: AnalyticsScope, after: { at: string; id: string } | null) {
  const params = new SqlParams();
  const where = conversationWhere(scope, params, scope.bounds.currentStart);
  const keyset = after ? `AND (c."createdAt", c."id") > (${params.add(after.at)}::timestamp, ${params.add(after.id)})` : "";
  const iso = (column: string) => `to_char(${column}, 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
  return db.$queryRawUnsafe<Record<string, unknown>[]>(
    `SELECT c."id" AS "conversationId", c."createdAt"::text AS "cursorAt", ${iso(`c."createdAt"`)} AS "startedAt", lower(c."channel"::text) AS "channel",
       f."name" AS "flow", v."number" AS "flowVersion", lower(c."status"::text) AS "status",
       (SELECT t."name" FROM "Team" t WHERE t."id" = c."teamId") AS "team",
       (SELECT u."name" FROM "Handoff" x JOIN "User" u ON u."id" = x."acceptedById" WHERE x."conversationId" = c."id" ORDER BY x."acceptedAt" DESC NULLS LAST LIMIT 1) AS "agent",
       (h."id" IS NOT NULL) AS "escalated",
       (SELECT count(*) FROM "Handoff" x WHERE x."conversationId" = c."id")::int AS "handoffs",
       h."reason"::text AS "firstHandoffReason", ${iso(`h."requestedAt"`)} AS "firstHandoffAt",
       round(EXTRACT(EPOCH FROM (h."acceptedAt" - h."requestedAt")))::int AS "waitSeconds",
       round(EXTRACT(EPOCH FROM (h."firstReplyAt" - h."requestedAt")))::int AS "firstReplySeconds",
       round(EXTRACT(EPOCH FROM (h."resolvedAt" - h."acceptedAt")))::int AS "handleSeconds",
       lower(h."outcome"::text) AS "handoffOutcome",
       (h."id" IS NULL AND (c."status" = 'RESOLVED' OR COALESCE(c."rating", 0) >= 4)) AS "contained",
       (c."status" = 'ABANDONED') AS "abandoned",
       (SELECT lower(cb."status"::text) FROM "Callback" cb WHERE cb."conversationId" = c."id" ORDER BY cb."createdAt" DESC LIMIT 1) AS "callbackStatus",
       c."rating", c."ratingComment", ${iso(`c."closedAt"`)} AS "closedAt"
     FROM "Conversation" c
     JOIN "Flow" f ON f."id" = c."flowId"
     JOIN "FlowVersion" v ON v."id" = c."flowVersionId"
     LEFT JOIN LATERAL (SELECT * FROM "Handoff" x WHERE x."conversationId" = c."id" ORDER BY x."requestedAt" LIMIT 1) h ON true
     WHERE ${where} ${keyset}
     ORDER BY c."createdAt", c."id"
     LIMIT ${PAGE}`,
    ...params.values,
  );
}
