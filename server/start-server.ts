import { processDatabase } from "./db/process-database";

/** Server start-up (Node runtime only): a bad environment or database stops the server with one clear line. */
export async function startServer(): Promise<void> {
  try {
    await processDatabase();
  } catch (error) {
    console.error(`\n[tandem] cannot start: ${(error as Error).message}\n`);
    process.exit(1);
  }
}
