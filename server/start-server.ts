import { processDatabase } from "./db/process-database";

/**
 * Server start-up (Node runtime only): a bad environment or database stops
 * the server with one clear line; the embedded database is closed cleanly on
 * shutdown so its files are never left half-written.
 */
export async function startServer(): Promise<void> {
  try {
    const database = await processDatabase();
    if (database.kind === "pglite") {
      const shutdown = async () => {
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
