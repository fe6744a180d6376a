import pg from "pg";

const pools = new WeakMap<object, pg.Pool>();

/**
 * Marks a Prisma client as backed by this PostgreSQL pool: checked statements
 * run on it through the pool directly, as named prepared statements (parsed
 * and planned once per connection, not on every call — the save of a turn is
 * a large statement). Transactions and PGlite are never registered: they keep
 * going through Prisma.
 */
export function registerStatementPool(client: object, pool: pg.Pool): void {
  pools.set(client, pool);
}

/** The pool a client was registered with, if any. */
export function statementPool(client: object): pg.Pool | undefined {
  return pools.get(client);
}

const TIMESTAMP = 1114;
/** `timestamp` columns hold UTC (Prisma's convention); pg's default parser would read them in the process's zone. */
const parseUtcTimestamp = (text: string) => new Date(`${text.replace(" ", "T")}Z`);

/** Row parsing as Prisma's raw queries do it, for the types the statements return. */
export const statementTypes = {
  getTypeParser: ((oid: number, format?: "text" | "binary") =>
    oid === TIMESTAMP ? parseUtcTimestamp : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
};

/** Runs a named statement on the pool (prepared on each connection the first time it runs there). */
export function queryNamed(pool: pg.Pool, name: string, text: string, values: unknown[]): Promise<pg.QueryResult> {
  return pool.query({ name, text, values, types: statementTypes });
}
