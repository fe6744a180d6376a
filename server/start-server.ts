import { processDatabase } from "./db/process-database";

/**
 * Server start-up (Node runtime only): a bad environment or database stops
 * the server with one clear line; the embedded database is closed cleanly on
 * shutdown so its files are never left half-written. Starts the timers
 * (queue timeouts, stale presence, callbacks) of server/jobs.
 */
export async function startServer(): Promise<void> {
  try {
    const database = await processDatabase();
    const { publicApi } = await import("./api/rest/public-api");
    const { startSweeps } = await import("./jobs/start-sweeps");
    const stopSweeps = startSweeps((await publicApi()).runtime);
    if (database.kind === "pglite") {
      const shutdown = async () => {
        stopSweeps();
        await database.close().catch(() => {});
        process.exit(0);
      };
      process.once("SIGTERM", shutdown);
      process.once("SIGINT", shutdown);
    }
  } catch (error) {
    console.error(`\n[tandem] cannot start: ${(error as Error).message}\n`);
    process.exit(1);
  }
}
