import { randomBytes } from "node:crypto";
import pg from "pg";
import { afterAll, beforeAll, beforeEach } from "vitest";
import { connectDatabase, type Database } from "@/server/db/connect-database";
import { migrateDatabase, type MigrationFile } from "@/server/db/migrate-database";

export type TestDbKind = "pglite" | "postgres";

/** Which database this Vitest project runs against (set per project in vitest.config.ts). */
export function testDbKind(): TestDbKind {
  return process.env.TEST_DB_KIND === "postgres" ? "postgres" : "pglite";
}

/**
 * A freshly migrated database of its own: an in-memory PGlite, or a new
 * database on the TEST_DATABASE_URL server (dropped by close()). `migrations`:
 * only these (a migration's test applies the ones before it, adds rows, then the rest).
 */
export async function createTestDatabase(kind: TestDbKind = testDbKind(), migrations?: MigrationFile[]): Promise<Database & { url?: string }> {
  if (kind === "pglite") {
    const database = await connectDatabase({ kind: "pglite", dataDir: "memory://" });
    await database.withSession((sql) => migrateDatabase(sql, migrations));
    return database;
  }
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) throw new Error("TEST_DATABASE_URL is not set: the postgres test project needs a PostgreSQL server.");
  const name = `tandem_test_${randomBytes(6).toString("hex")}`;
  await adminQuery(serverUrl, `CREATE DATABASE "${name}"`);
  const url = withDatabaseName(serverUrl, name);
  const database = await connectDatabase({ kind: "postgres", url });
  await database.withSession((sql) => migrateDatabase(sql, migrations));
  return {
    ...database,
    url,
    close: async () => {
      await database.close();
      await adminQuery(serverUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    },
  };
}

/** Empties every table (not the migration history): each test starts clean. */
export async function truncateAll(database: Database): Promise<void> {
  await database.withSession(async (sql) => {
    const tables = await sql.query<{ tablename: string }>(`SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations'`);
    if (tables.length === 0) return;
    await sql.exec(`TRUNCATE ${tables.map((t) => `"${t.tablename}"`).join(", ")} RESTART IDENTITY CASCADE`);
  });
}

/**
 * The usual setup of an integration test file: one migrated database for the
 * file, emptied before each test. Read `.db` inside tests and hooks.
 */
export function setupTestDatabase() {
  const holder = {} as { database: Database };
  beforeAll(async () => {
    holder.database = await createTestDatabase();
  });
  beforeEach(async () => {
    await truncateAll(holder.database);
  });
  afterAll(async () => {
    await holder.database?.close();
  });
  return {
    get database() {
      return holder.database;
    },
    get db() {
      return holder.database.prisma;
    },
  };
}

function withDatabaseName(url: string, name: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${name}`;
  return parsed.toString();
}

async function adminQuery(url: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
