import "server-only";
import type { Prisma } from "./generated/client";
import type { DbClient } from "./db-client";

/** How long to wait for a connection and for the whole transaction (Prisma's defaults are 2 s and 5 s). */
export interface TransactionLimits {
  maxWait: number;
  timeout: number;
}

/**
 * Runs `fn` in a transaction — or in the caller's, when `db` already is one
 * (a sweep runs the whole no_agent turn inside the transaction that claimed it).
 */
export function withTransaction<T>(
  db: DbClient,
  fn: (tx: Prisma.TransactionClient) => Promise<T>,
  limits: TransactionLimits = { maxWait: 10_000, timeout: 20_000 },
): Promise<T> {
  if ("$transaction" in db) return db.$transaction(fn, limits);
  // Already a transaction: Prisma's TransactionClient type merely claims a `$transaction` it does not have.
  return fn(db as Prisma.TransactionClient);
}
