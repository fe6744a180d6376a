import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { constraintNames } from "@/server/db/constraint-names";
import { isSqlStatement, type SqlParamType, type SqlStatement } from "@/server/db/sql/sql-statement";
import { setupTestDatabase } from "../helpers/test-database";

// Every named statement (server/**/sql/*.ts) is prepared against the migrated
// schema, on PGlite and on PostgreSQL: a renamed table or column, a parameter
// whose type PostgreSQL reads differently from its declaration, or a column
// the row schema expects and the statement no longer returns fails here, not
// in production.

const root = path.resolve(import.meta.dirname, "../..");
const files = fs
  .readdirSync(path.join(root, "server"), { recursive: true, encoding: "utf8" })
  .filter((file) => /(^|\/)sql\/[^/]+\.ts$/.test(file) && !file.includes("generated"));

const statements = new Map<string, SqlStatement<readonly SqlParamType[], unknown>>();
for (const file of files) {
  const exports = (await import(path.join(root, "server", file))) as Record<string, unknown>;
  for (const [exported, value] of Object.entries(exports)) {
    if (!isSqlStatement(value)) continue;
    if (statements.has(value.name)) throw new Error(`Two SQL statements are named ${value.name} (${file}: ${exported}).`);
    statements.set(value.name, value);
  }
}

/** How pg_prepared_statements spells each declared parameter type. */
const regtypes = new Map<string, string>([
  ["text", "text"],
  ["text[]", "text[]"],
  ["int4", "integer"],
  ["bool", "boolean"],
  ["jsonb", "jsonb"],
  ["timestamptz", "timestamp with time zone"],
  ["ConversationStatus", '"ConversationStatus"'],
  ["Channel", '"Channel"'],
]);

interface Session {
  query(text: string, params?: unknown[]): Promise<{ rows: Record<string, unknown>[]; fields: { name: string }[] }>;
  release(): void;
}

const test = setupTestDatabase();

/** One connection of its own (PGlite's only one, or a pooled client), answering with column names even when no row comes back. */
async function session(): Promise<Session> {
  const { database } = test;
  if (database.pglite) {
    const pglite = database.pglite;
    return { query: (text, params) => pglite.query(text, params), release: () => {} };
  }
  const client = await database.pool!.connect();
  return { query: (text, params) => client.query(text, params), release: () => client.release() };
}

describe("named SQL statements", () => {
  it("finds the hot path's statements", () => {
    expect([...statements.keys()]).toEqual(
      expect.arrayContaining(["load_conversation", "find_published_flow", "insert_chat", "save_turn", "append_customer_message"]),
    );
  });

  for (const statement of statements.values()) {
    it(`${statement.name}: prepares on the migrated schema with the declared parameter types and returns the row schema's columns`, async () => {
      const sql = await session();
      try {
        await sql.query(`PREPARE "check_${statement.name}" AS ${statement.text}`);
        const [prepared] = (
          await sql.query(`SELECT parameter_types::text[] AS "types" FROM pg_prepared_statements WHERE name = $1`, [`check_${statement.name}`])
        ).rows as { types: string[] }[];
        const declared = statement.params.map((type) => regtypes.get(type.replace(/\?$/, "")));
        expect(prepared!.types).toEqual(declared);
        if (statement.row) {
          // Run it with every parameter NULL, in a transaction rolled back: no row is written, but the columns are named.
          await sql.query("BEGIN");
          try {
            const nulls = statement.params.map(() => "NULL").join(", ");
            const result = await sql.query(`EXECUTE "check_${statement.name}"${nulls ? `(${nulls})` : ""}`);
            const columns = result.fields.map((field) => field.name);
            const shape = (statement.row as unknown as { shape?: Record<string, unknown> }).shape;
            expect(columns).toEqual(expect.arrayContaining(Object.keys(shape ?? {})));
          } finally {
            await sql.query("ROLLBACK");
          }
        }
        await sql.query(`DEALLOCATE "check_${statement.name}"`);
      } finally {
        sql.release();
      }
    });
  }

  it("every constraint services tell apart exists under its name", async () => {
    const sql = await session();
    try {
      const { rows } = await sql.query(
        `SELECT conname AS "name" FROM pg_constraint WHERE connamespace = 'public'::regnamespace
         UNION SELECT indexname FROM pg_indexes WHERE schemaname = 'public'`,
      );
      const names = new Set(rows.map((row) => row.name));
      for (const name of Object.values(constraintNames)) expect(names.has(name), name).toBe(true);
    } finally {
      sql.release();
    }
  });
});
