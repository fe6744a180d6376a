import "server-only";
import type { PrismaClient } from "../db/generated/client";

/** How far back Settings → Members looks for failed sign-ins. */
export const SIGN_IN_ALERT_WINDOW_MS = 24 * 3_600_000;

export interface SignInAlert {
  membershipId: string;
  name: string;
  email: string;
  failures: number;
  addresses: number;
  lastFailureAt: Date;
}

/**
 * Failed sign-ins in the last 24 h as each member of the workspace, most
 * first: someone guessing a password shows here (the throttle slows them;
 * this tells the admin). Only members' e-mails: attempts on other accounts
 * belong to no workspace.
 */
export async function listSignInAlerts(db: PrismaClient, workspaceId: string, now: Date): Promise<SignInAlert[]> {
  const rows = await db.$queryRaw<SignInAlert[]>`
    SELECT m."id" AS "membershipId", u."name", u."email",
           count(*)::int AS "failures", count(DISTINCT a."address")::int AS "addresses", max(a."createdAt") AS "lastFailureAt"
    FROM "SignInAttempt" a
    JOIN "User" u ON u."email" = a."email"
    JOIN "Membership" m ON m."userId" = u."id" AND m."workspaceId" = ${workspaceId}
    WHERE a."succeeded" = false AND a."createdAt" > ${new Date(now.getTime() - SIGN_IN_ALERT_WINDOW_MS)}
    GROUP BY m."id", u."name", u."email"
    ORDER BY count(*) DESC, max(a."createdAt") DESC`;
  return rows;
}
