import "server-only";
import type { PrismaClient } from "../../db/generated/client";
import { unrecognisedRowSchema, type UnrecognisedRow } from "./unrecognised-schemas";

export const MAX_GROUPS = 200;

/**
 * Messages no intent placed, grouped by phrase key (flow, wording), in one
 * aggregate statement; wordings the admin dismissed are left out. Newest five
 * samples per group for the links to their conversations.
 */
export async function queryUnrecognised(db: PrismaClient, workspaceId: string, flowId: string | null, since: Date): Promise<UnrecognisedRow[]> {
  const rows = await db.$queryRawUnsafe<unknown[]>(UNRECOGNISED_SQL, workspaceId, since.toISOString(), flowId, MAX_GROUPS);
  return rows.map((row) => unrecognisedRowSchema.parse(row));
}

const UNRECOGNISED_SQL = `
SELECT e."flowId", e."data"->>'key' AS "phraseKey", count(*)::int AS "count", count(DISTINCT e."conversationId")::int AS "conversations",
  to_char(max(e."createdAt"), 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "lastAt",
  to_jsonb((array_agg(jsonb_build_object('conversationId', e."conversationId", 'text', e."data"->>'text', 'guess', e."data"->>'guess') ORDER BY e."id" DESC))[1:5]) AS "samples"
FROM "Event" e
WHERE e."workspaceId" = $1 AND e."type" = 'unrecognised' AND e."createdAt" >= $2::timestamptz AT TIME ZONE 'UTC'
  AND ($3::text IS NULL OR e."flowId" = $3) AND e."flowId" IS NOT NULL AND e."conversationId" IS NOT NULL
  AND NOT EXISTS (SELECT 1 FROM "UnrecognisedDismissal" d WHERE d."flowId" = e."flowId" AND d."phraseKey" = e."data"->>'key')
GROUP BY e."flowId", e."data"->>'key'
ORDER BY "count" DESC, max(e."createdAt") DESC
LIMIT $4`;
