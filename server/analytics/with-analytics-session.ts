import "server-only";
import type { DbClient } from "../db/db-client";
import { withTransaction } from "../db/with-transaction";

/**
 * Runs the dashboard's queries in one read-only transaction with PostgreSQL's JIT off: these
 * aggregates are short enough that compiling them (≈ 200 ms a query measured at 1M
 * conversations) costs more than it saves, sorts kept in memory, and one snapshot (repeatable read) makes every figure agree, rollups and live rows alike.
 */
export function withAnalyticsSession<T>(db: DbClient, fn: (tx: DbClient) => Promise<T>): Promise<T> {
  return withTransaction(
    db,
    async (tx) => {
      await tx.$executeRawUnsafe(`SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY`);
      await tx.$executeRawUnsafe(`SET LOCAL jit = off`);
      // The percentile and repeat sorts (~100k–400k rows at 1M conversations) spill to disk at the default 4 MB.
      await tx.$executeRawUnsafe(`SET LOCAL work_mem = '64MB'`);
      return fn(tx);
    },
    { maxWait: 10_000, timeout: 60_000 },
  );
}
