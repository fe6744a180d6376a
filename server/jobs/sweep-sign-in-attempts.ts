import "server-only";
import type { Runtime } from "../runtime/runtime";

/** The sign-in log keeps 90 days: enough to know someone's usual addresses, not a record of them for ever. */
export const SIGN_IN_LOG_RETENTION_MS = 90 * 86_400_000;

/**
 * Deletes sign-in attempts older than the retention period, a batch per pass
 * (a flood of guesses ages out over a few passes instead of one long
 * statement). Returns how many rows went.
 */
export async function sweepSignInAttempts(runtime: Runtime, now: Date): Promise<number> {
  return runtime.db.$executeRawUnsafe(
    `DELETE FROM "SignInAttempt" WHERE "id" IN (
       SELECT "id" FROM "SignInAttempt" WHERE "createdAt" < $1::timestamptz AT TIME ZONE 'UTC' LIMIT 10000)`,
    new Date(now.getTime() - SIGN_IN_LOG_RETENTION_MS).toISOString(),
  );
}
