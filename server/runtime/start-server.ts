import { processDatabase } from "../db/process-database";

/** Where start-up leaves its shutdown for the production server (server/cli/serve.mjs), and how that server says it handles the signals. */
const SHUTDOWN = Symbol.for("tandem.shutdown");
const SIGNALS_HANDLED = Symbol.for("tandem.signalsHandled");

const hooks = globalThis as typeof globalThis & Record<symbol, unknown>;

/**
 * Server start-up (Node runtime only): a bad environment or database stops
 * the server with one clear line; the embedded database is closed cleanly on
 * shutdown so its files are never left half-written. Starts the timers
 * (queue timeouts, stale presence, callbacks) of server/jobs, and gives the
 * production server its direct path for the REST API and the SSE streams.
 */
export async function startServer(): Promise<void> {
  try {
    const { serveDirect, SERVE_DIRECT } = await import("../api/rest/serve-direct");
    hooks[SERVE_DIRECT] = serveDirect;
    const database = await processDatabase();
    const { processRuntime } = await import("./process-runtime");
    const { startSweeps } = await import("../jobs/start-sweeps");
    const stopSweeps = startSweeps(await processRuntime());
    const shutdown = async () => {
      stopSweeps();
      if (database.kind === "pglite") await database.close().catch(() => {});
    };
    hooks[SHUTDOWN] = shutdown;
    // Under `next dev` nobody else closes the embedded database on Ctrl+C.
    if (database.kind === "pglite" && !hooks[SIGNALS_HANDLED]) {
      const exit = async () => {
        await shutdown();
        process.exit(0);
      };
      process.once("SIGTERM", exit);
      process.once("SIGINT", exit);
    }
  } catch (error) {
    console.error(`\n[tandem] cannot start: ${(error as Error).message}\n`);
    process.exit(1);
  }
}
