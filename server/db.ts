import "server-only";
import type { PrismaClient } from "./db/generated/client";
import { processDatabase } from "./db/process-database";

/** The Prisma client of the process's database (migrated on first use; see processDatabase). */
export async function getDb(): Promise<PrismaClient> {
  return (await processDatabase()).prisma;
}
