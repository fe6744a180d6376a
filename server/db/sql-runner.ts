/** The little SQL surface the migrator and the drift test need, outside Prisma. */
export interface SqlRunner {
  /** Runs a script of several statements (no parameters). */
  exec(sql: string): Promise<void>;
  /** Runs one statement with $1… parameters and returns its rows. */
  query<Row = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<Row[]>;
}
