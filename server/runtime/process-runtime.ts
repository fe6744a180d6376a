import "server-only";
import { fetchHttpPort } from "../conversations/fetch-http-port";
import { processDatabase } from "../db/process-database";
import { EmbeddedNlu } from "../nlu/embedded-nlu";
import { LocalEventBus } from "../realtime/local-event-bus";
import { PostgresEventBus } from "../realtime/postgres-event-bus";
import { llmFromEnv } from "./llm-from-env";
import type { Runtime } from "./runtime";
import { TtlCache } from "./ttl-cache";

const holder = globalThis as typeof globalThis & { tandemRuntime?: Promise<Runtime> };

/**
 * The process's one runtime — database, event bus (LISTEN/NOTIFY on a
 * PostgreSQL server, in-process on the embedded database), NLU, LLM, clock,
 * caches — made on first use. Kept on globalThis so Next's instrumentation,
 * its route bundles, the production server's direct path and tRPC share it.
 */
export function processRuntime(): Promise<Runtime> {
  holder.tandemRuntime ??= (async (): Promise<Runtime> => {
    const database = await processDatabase();
    const bus = database.pool ? await new PostgresEventBus(database.pool).start() : new LocalEventBus();
    return {
      db: database.prisma,
      bus,
      nlu: new EmbeddedNlu(),
      llm: await llmFromEnv(),
      http: fetchHttpPort,
      now: () => new Date(),
      log: (level, message, data) => (level === "error" ? console.error : console.log)(`[runtime] ${message}`, data ?? ""),
      cache: new TtlCache(),
    };
  })().catch((error: unknown) => {
    holder.tandemRuntime = undefined;
    throw error;
  });
  return holder.tandemRuntime;
}

/** Replaces the process's runtime (tests, or embedding Tandem in another server). */
export function setProcessRuntime(runtime: Runtime): void {
  holder.tandemRuntime = Promise.resolve(runtime);
}
