import type { z } from "zod";
import type { ConversationStatus } from "../generated/client";
import type { DbClient } from "../db-client";
import { queryNamed, statementPool } from "./statement-pool";

/**
 * The PostgreSQL types a statement's parameters may have, and what the caller
 * passes for each (json and timestamps travel as text: JSON.stringify and
 * toISOString). A trailing `?` allows null.
 */
interface SqlParamTypes {
  text: string;
  "text[]": string[];
  int4: number;
  bool: boolean;
  jsonb: string;
  timestamptz: string;
  ConversationStatus: ConversationStatus;
  Channel: "WEB" | "WIDGET" | "API";
}

export type SqlParamType = keyof SqlParamTypes | `${keyof SqlParamTypes}?`;

/** The caller's argument tuple of a parameter list such as `["text", "int4", "jsonb?"]`. */
export type SqlParams<T extends readonly SqlParamType[]> = {
  -readonly [K in keyof T]: T[K] extends `${infer Base extends keyof SqlParamTypes}?`
    ? SqlParamTypes[Base] | null
    : T[K] extends keyof SqlParamTypes
      ? SqlParamTypes[T[K]]
      : never;
};

/**
 * A named SQL statement of the hot path: its text, the PostgreSQL type of
 * each positional parameter (checked against what PostgreSQL infers when
 * tests/integration/sql-statements.test.ts prepares it on the migrated
 * schema), and the Zod schema every row it returns is parsed with. On a
 * PostgreSQL server it runs as a named prepared statement (statement-pool.ts);
 * inside a transaction and on PGlite, through Prisma.
 */
export interface SqlStatement<T extends readonly SqlParamType[], Row> {
  readonly kind: "sql-statement";
  /** Unique across the project; also the prepared statement's name. */
  readonly name: string;
  readonly text: string;
  readonly params: T;
  readonly row: z.ZodType<Row> | null;
  /** Runs it and parses every row. */
  query(db: DbClient, ...params: SqlParams<T>): Promise<Row[]>;
  /** Runs it for its effect: how many rows it changed (the last statement's, for a WITH). */
  execute(db: DbClient, ...params: SqlParams<T>): Promise<number>;
}

/** Declares a statement (one module per statement, under a `sql/` folder, exported as `<name>Sql`). */
export function sqlStatement<const T extends readonly SqlParamType[], S extends z.ZodType | null = null>(spec: {
  name: string;
  text: string;
  params: T;
  row?: S;
}): SqlStatement<T, S extends z.ZodType ? z.output<S> : never> {
  type Row = S extends z.ZodType ? z.output<S> : never;
  const row = (spec.row ?? null) as z.ZodType<Row> | null;
  return {
    kind: "sql-statement",
    name: spec.name,
    text: spec.text,
    params: spec.params,
    row,
    async query(db, ...params) {
      if (!row) throw new Error(`SQL statement ${spec.name} declares no row schema; use execute().`);
      const pool = statementPool(db);
      const rows = pool ? (await queryNamed(pool, spec.name, spec.text, params)).rows : await db.$queryRawUnsafe<unknown[]>(spec.text, ...params);
      return rows.map((value) => row.parse(value));
    },
    async execute(db, ...params) {
      const pool = statementPool(db);
      if (!pool) return db.$executeRawUnsafe(spec.text, ...params);
      return (await queryNamed(pool, spec.name, spec.text, params)).rowCount ?? 0;
    },
  };
}

/** Is this export a statement (for the test that prepares them all)? */
export function isSqlStatement(value: unknown): value is SqlStatement<readonly SqlParamType[], unknown> {
  return typeof value === "object" && value !== null && (value as { kind?: unknown }).kind === "sql-statement";
}
