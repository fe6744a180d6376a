import "server-only";
import type { Runtime } from "../conversations/runtime";
import { TtlCache } from "../conversations/ttl-cache";
import type { Prisma, PrismaClient } from "../db/generated/client";

/**
 * The runtime with every read and write going through `tx`, so a claimed
 * job's whole turn commits (or rolls back) with its claim. A cache of its own:
 * a shared one could hand it a read still waiting on a connection this
 * transaction holds (PGlite has only one).
 */
export function runtimeInTransaction(runtime: Runtime, tx: Prisma.TransactionClient): Runtime {
  return { ...runtime, db: tx as unknown as PrismaClient, cache: new TtlCache() };
}
