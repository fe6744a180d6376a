/**
 * Runs once when the server starts: validates the environment (naming any bad
 * variable) and migrates the database, so problems show at start, not at the
 * first request.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  if (process.env.NEXT_PHASE === "phase-production-build") return;
  const { processDatabase } = await import("./server/db/process-database");
  try {
    await processDatabase();
  } catch (error) {
    console.error(`\n[tandem] cannot start: ${(error as Error).message}\n`);
    process.exit(1);
  }
}
