import type { Prisma, PrismaClient } from "./generated/client";

/**
 * What services read and write through: the process's client, or the
 * transaction a caller already holds (a sweep runs a whole turn inside the
 * transaction that claimed its job). A transaction has no `$transaction` at
 * run time (Prisma's type says it has), so this type leaves it out: open one
 * with withTransaction, which joins the caller's when there is one.
 */
export type DbClient = PrismaClient | Omit<Prisma.TransactionClient, "$transaction">;
