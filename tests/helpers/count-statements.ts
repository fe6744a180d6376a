import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import type { Database } from "@/server/db/connect-database";
import { PrismaClient } from "@/server/db/generated/client";

interface Query {
  sql: string;
}
interface Queryable {
  queryRaw(query: Query): Promise<unknown>;
  executeRaw(query: Query): Promise<number>;
}
interface Transaction extends Queryable {
  options: { usePhantomQuery: boolean };
  commit(): Promise<void>;
  rollback(): Promise<void>;
}
interface Adapter extends Queryable {
  startTransaction(isolationLevel?: string): Promise<Transaction>;
}
interface AdapterFactory {
  provider: string;
  adapterName: string;
  connect(): Promise<Adapter>;
}

/** Logs the SQL of every call, then passes it on; transactions log BEGIN and COMMIT/ROLLBACK as the round trips they are. */
function logging<T extends object>(target: T, log: string[]): T {
  return new Proxy(target, {
    get(object, property) {
      const value: unknown = Reflect.get(object, property, object);
      if (typeof value !== "function") return value;
      if (property === "queryRaw" || property === "executeRaw") {
        return (query: Query) => {
          log.push(query.sql.trim());
          return value.call(object, query);
        };
      }
      if (property === "startTransaction") {
        return async (...args: unknown[]) => {
          log.push("BEGIN");
          return logging((await value.apply(object, args)) as Transaction, log);
        };
      }
      if (property === "commit" || property === "rollback") {
        // PostgreSQL's adapter sends COMMIT as a statement (logged above); PGlite's transaction ends it itself.
        return () => {
          if ((object as Transaction).options.usePhantomQuery) log.push(property.toUpperCase());
          return value.call(object);
        };
      }
      return value.bind(object);
    },
  });
}

/**
 * A second Prisma client on the same test database whose driver calls are
 * logged: `log` holds the SQL of every round trip, in order. A counter of
 * statements, for tests that keep the hot path's statement count from growing.
 */
export function countStatements(database: Database): { prisma: PrismaClient; log: string[] } {
  const log: string[] = [];
  const inner = (database.pglite ? new PrismaPGlite(database.pglite) : new PrismaPg(database.pool!)) as unknown as AdapterFactory;
  const factory: AdapterFactory = { provider: inner.provider, adapterName: inner.adapterName, connect: async () => logging(await inner.connect(), log) };
  return { prisma: new PrismaClient({ adapter: factory as unknown as PrismaPg }), log };
}
