/**
 * How long a sign-in attempt must wait, from what recent attempts say. Three
 * rules, so that guessing is slow but nobody can lock someone else out:
 *
 * - per e-mail *and* address: a few free failures, then a delay that doubles
 *   with each further failure (1 s, 2 s, 4 s … up to 15 min), counted since
 *   that address last signed in as that e-mail;
 * - per address, across e-mails (password spraying): at most `addressCap`
 *   failures in `addressWindowMs`;
 * - per e-mail, across addresses (guessing from many machines): at most
 *   `emailCap` failures in `emailWindowMs` — except from an address that has
 *   signed in as this e-mail before, so the owner at their usual address is
 *   never locked out by someone else's guesses.
 *
 * Pure: the history and the time come in (the caller reads them from the
 * sign-in log, shared by every instance).
 */
export const SIGN_IN_LIMITS = {
  freeFailures: 3,
  firstDelayMs: 1_000,
  maxDelayMs: 15 * 60_000,
  /** Older failures no longer count towards an address's delay for an e-mail. */
  pairWindowMs: 24 * 3_600_000,
  addressCap: 30,
  addressWindowMs: 60 * 60_000,
  emailCap: 50,
  emailWindowMs: 60 * 60_000,
} as const;

export interface SignInHistory {
  /** Failures for this e-mail from this address since it last signed in there (within pairWindowMs), newest first. */
  pairFailures: Date[];
  /** Failures from this address for any e-mail within addressWindowMs, newest first (addressCap are enough). */
  addressFailures: Date[];
  /** Failures for this e-mail from any address within emailWindowMs, newest first (emailCap are enough). */
  emailFailures: Date[];
  /** This address has signed in as this e-mail before. */
  knownAddress: boolean;
}

export type SignInLimit = "pair" | "address" | "email";

export interface SignInVerdict {
  /** Milliseconds until the next attempt may be made; 0 when it may be made now. */
  waitMs: number;
  /** The rule that imposed the wait. */
  limit: SignInLimit | null;
}

/** The delay after the nth failure of an e-mail at an address (n counted from 1). */
export function pairDelayMs(failures: number, limits = SIGN_IN_LIMITS): number {
  if (failures < limits.freeFailures) return 0;
  return Math.min(limits.maxDelayMs, limits.firstDelayMs * 2 ** (failures - limits.freeFailures));
}

export function signInVerdict(history: SignInHistory, now: Date, limits = SIGN_IN_LIMITS): SignInVerdict {
  const at = now.getTime();
  const waits: [SignInLimit, number][] = [];
  const newest = history.pairFailures[0];
  if (newest) waits.push(["pair", newest.getTime() + pairDelayMs(history.pairFailures.length, limits) - at]);
  waits.push(["address", capWait(history.addressFailures, limits.addressCap, limits.addressWindowMs, at)]);
  if (!history.knownAddress) waits.push(["email", capWait(history.emailFailures, limits.emailCap, limits.emailWindowMs, at)]);
  const [limit, waitMs] = waits.reduce((longest, wait) => (wait[1] > longest[1] ? wait : longest));
  return waitMs > 0 ? { waitMs, limit } : { waitMs: 0, limit: null };
}

/** A sliding window: with `cap` failures in it, wait until the cap-th newest leaves it. */
function capWait(failures: Date[], cap: number, windowMs: number, at: number): number {
  const oldestCounted = failures[cap - 1];
  return oldestCounted ? oldestCounted.getTime() + windowMs - at : 0;
}
