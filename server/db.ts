import "server-only";
import type { Database } from "./db/connect-database";
import type { PrismaClient } from "./db/generated/client";
import { processDatabase } from "./db/process-database";

/** The process's database (see processDatabase). */
export function getDatabase(): Promise<Database> {
  return processDatabase();
}

/** The Prisma client of the process's database. */
export async function getDb(): Promise<PrismaClient> {
  return (await processDatabase()).prisma;
}
