import type { Env } from "../env-schema";
import type { DatabaseTarget } from "./connect-database";

/** DATABASE_URL wins; otherwise the embedded database in PGLITE_DATA_DIR. */
export function resolveTarget(
  env: Pick<Env, "DATABASE_URL" | "PGLITE_DATA_DIR"> & Partial<Pick<Env, "DATABASE_POOL_SIZE" | "PGLITE_SHARED_BUFFERS_MB">>,
): DatabaseTarget {
  return env.DATABASE_URL
    ? { kind: "postgres", url: env.DATABASE_URL, poolSize: env.DATABASE_POOL_SIZE }
    : { kind: "pglite", dataDir: env.PGLITE_DATA_DIR, sharedBuffersMb: env.PGLITE_SHARED_BUFFERS_MB };
}
