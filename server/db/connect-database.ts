import { execFile } from "node:child_process";
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { PrismaClient } from "./generated/client";
import type { SqlRunner } from "./sql-runner";
import { lockDataDir } from "./lock-data-dir";
import { registerStatementPool } from "./sql/statement-pool";

/** poolSize: connections kept at most (default 10); sharedBuffersMb: the embedded database's buffer cache (default 16 MB). */
export type DatabaseTarget = { kind: "pglite"; dataDir: string; sharedBuffersMb?: number } | { kind: "postgres"; url: string; poolSize?: number };

export interface Database {
  kind: DatabaseTarget["kind"];
  prisma: PrismaClient;
  /** Borrows one session (a pooled client, or PGlite's only one) for raw SQL. */
  withSession<T>(fn: (sql: SqlRunner) => Promise<T>): Promise<T>;
  /** The embedded engine, for its in-process LISTEN/NOTIFY. */
  pglite?: PGlite;
  /** The server pool, for LISTEN on a dedicated client. */
  pool?: pg.Pool;
  close(): Promise<void>;
}

/** Opens a database: PGlite in this process, or a pool to a PostgreSQL server. */
export async function connectDatabase(target: DatabaseTarget): Promise<Database> {
  return target.kind === "pglite" ? connectPglite(target.dataDir, target.sharedBuffersMb ?? 16) : connectPostgres(target.url, target.poolSize ?? 10);
}

async function connectPglite(dataDir: string, sharedBuffersMb: number): Promise<Database> {
  const inMemory = dataDir.startsWith("memory://");
  let unlock = () => {};
  if (!inMemory) {
    fs.mkdirSync(path.dirname(path.resolve(dataDir)), { recursive: true });
    unlock = lockDataDir(dataDir);
    try {
      if (!fs.existsSync(path.join(dataDir, "PG_VERSION"))) await initPgliteApart(dataDir);
    } catch (error) {
      unlock();
      throw error;
    }
  }
  const pglite = new PGlite(dataDir, { startParams: [...PGLITE_START_PARAMS, "-c", `shared_buffers=${sharedBuffersMb}MB`] });
  await pglite.waitReady;
  const prisma = new PrismaClient({ adapter: new PrismaPGlite(pglite) });
  const runner: SqlRunner = {
    exec: async (sql) => {
      await pglite.exec(sql);
    },
    query: async <Row>(sql: string, params: unknown[] = []) => (await pglite.query<Row>(sql, params)).rows,
  };
  return {
    kind: "pglite",
    prisma,
    pglite,
    withSession: (fn) => fn(runner),
    close: async () => {
      await prisma.$disconnect();
      await pglite.close();
      unlock();
    },
  };
}

/** PGlite's own start parameters (it replaces them when given any), which the buffer-cache setting is added to. */
const PGLITE_START_PARAMS: string[] = (PGlite as unknown as { defaultStartParams: string[] }).defaultStartParams;

/**
 * Creates a new embedded database (PostgreSQL's initdb) in a short-lived child process: initdb's
 * WebAssembly instance takes ~450 MB more than the database itself, and in the server's process
 * that memory stays resident (peak RSS 770 MB against ~170 MB for an existing folder, measured).
 * Where PGlite cannot be resolved from the working directory, it is created in this process as before.
 */
async function initPgliteApart(dataDir: string): Promise<void> {
  let entry: string;
  try {
    entry = pathToFileURL(createRequire(path.join(process.cwd(), "package.json")).resolve("@electric-sql/pglite")).href;
  } catch {
    return;
  }
  const script = `const { PGlite } = await import(${JSON.stringify(entry)}); const db = new PGlite(process.argv[1]); await db.waitReady; await db.close();`;
  await new Promise<void>((resolve, reject) =>
    execFile(
      process.execPath,
      ["--input-type=module", "-e", script, path.resolve(dataDir)],
      // A creation that hangs must not hang start-up: it takes seconds (under 10 s on a busy 2-core machine).
      { env: { ...process.env, NODE_OPTIONS: "" }, timeout: 120_000 },
      (error, _stdout, stderr) =>
        error ? reject(new Error(`creating the embedded database in ${dataDir} failed: ${stderr.trim() || error.message}`)) : resolve(),
    ),
  );
}

async function connectPostgres(url: string, poolSize: number): Promise<Database> {
  const pool = new pg.Pool({ connectionString: url, max: poolSize });
  // An idle client dropped by the server (restart, failover) must not crash the process; the pool replaces it.
  pool.on("error", (error) => console.error("[db] idle connection error:", error.message));
  // Fail fast with the server's own message when it cannot be reached.
  await pool.query("SELECT 1");
  const prisma = new PrismaClient({ adapter: new PrismaPg(pool) });
  registerStatementPool(prisma, pool);
  return {
    kind: "postgres",
    prisma,
    pool,
    withSession: async (fn) => {
      const client = await pool.connect();
      try {
        return await fn({
          exec: async (sql) => {
            await client.query(sql);
          },
          query: async <Row>(sql: string, params: unknown[] = []) => (await client.query(sql, params)).rows as Row[],
        });
      } finally {
        client.release();
      }
    },
    close: async () => {
      await prisma.$disconnect();
      await pool.end();
    },
  };
}
