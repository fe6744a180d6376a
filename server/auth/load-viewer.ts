import { z } from "zod";
import { Role } from "../db/generated/enums";
import type { Viewer } from "./viewer";
import type { DbClient } from "../db/db-client";

const viewerRowSchema = z.object({
  membershipId: z.string(),
  role: z.enum(Role),
  workspaceId: z.string(),
  workspaceName: z.string(),
  name: z.string(),
  email: z.string(),
});

/**
 * Looks up who a user is in their workspace. A user removed from every
 * workspace gets null, so their still-valid session cookie opens nothing.
 * With several workspaces, the oldest membership is the current one.
 * One statement: it runs on every signed-in request (three with Prisma's includes).
 */
export async function loadViewer(db: DbClient, userId: string): Promise<Viewer | null> {
  const rows = await db.$queryRawUnsafe<unknown[]>(
    `SELECT m."id" AS "membershipId", m."role"::text AS "role", m."workspaceId", w."name" AS "workspaceName", u."name", u."email"
     FROM "Membership" m JOIN "User" u ON u."id" = m."userId" JOIN "Workspace" w ON w."id" = m."workspaceId"
     WHERE m."userId" = $1
     ORDER BY m."createdAt" ASC, m."id" ASC
     LIMIT 1`,
    userId,
  );
  if (rows.length === 0) return null;
  return { userId, ...viewerRowSchema.parse(rows[0]) };
}
