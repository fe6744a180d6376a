import "server-only";
import type { DbClient } from "../db/db-client";
import { withTransaction } from "../db/with-transaction";

/**
 * Runs the dashboard's queries in one read-only transaction with PostgreSQL's JIT off: these
 * aggregates are short enough that compiling them (≈ 200 ms a query measured at 1M
 * conversations) costs more than it saves, and one snapshot makes every figure agree.
 */
export function withAnalyticsSession<T>(db: DbClient, fn: (tx: DbClient) => Promise<T>): Promise<T> {
  return withTransaction(
    db,
    async (tx) => {
      await tx.$executeRawUnsafe(`SET TRANSACTION READ ONLY`);
      await tx.$executeRawUnsafe(`SET LOCAL jit = off`);
      return fn(tx);
    },
    { maxWait: 10_000, timeout: 60_000 },
  );
}
