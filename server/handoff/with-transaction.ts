import "server-only";
import type { Prisma, PrismaClient } from "../db/generated/client";

export type Db = PrismaClient | Prisma.TransactionClient;

/**
 * Runs `fn` in a transaction — or in the caller's, when `db` already is one
 * (a sweep runs the whole no_agent turn inside the transaction that claimed it).
 */
export function withTransaction<T>(db: Db, fn: (tx: Prisma.TransactionClient) => Promise<T>): Promise<T> {
  if ("$transaction" in db) return db.$transaction(fn, { maxWait: 10_000, timeout: 20_000 });
  return fn(db);
}
