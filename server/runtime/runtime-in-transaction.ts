import "server-only";
import type { Runtime } from "./runtime";
import { TtlCache } from "./ttl-cache";
import type { Prisma } from "../db/generated/client";

/**
 * The runtime with every read and write going through `tx`, so a claimed
 * job's whole turn commits (or rolls back) with its claim. A cache of its own:
 * a shared one could hand it a read still waiting on a connection this
 * transaction holds (PGlite has only one).
 */
export function runtimeInTransaction(runtime: Runtime, tx: Prisma.TransactionClient): Runtime {
  return { ...runtime, db: tx, cache: new TtlCache() };
}
