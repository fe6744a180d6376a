/** Waits after failed attempt 1, 2, …: 30 s, 2 min, 10 min, 1 h, 6 h; attempt 6 failing gives up. */
export const RETRY_DELAYS_SECONDS = [30, 120, 600, 3600, 21_600] as const;
export const MAX_ATTEMPTS = RETRY_DELAYS_SECONDS.length + 1;
/** Per attempt; a receiver should answer at once and do its work afterwards. */
export const ATTEMPT_TIMEOUT_MS = 10_000;
/** A claimed attempt holds its row this long, so a process that dies mid-attempt is retried by another. */
export const CLAIM_LEASE_MS = 60_000;

/** When to try again after `attempts` failed attempts, or null to give up. */
export function nextRetryAt(attempts: number, now: Date): Date | null {
  const delay = RETRY_DELAYS_SECONDS[attempts - 1];
  return delay === undefined ? null : new Date(now.getTime() + delay * 1000);
}
