/**
 * Runs once when the server starts: validates the environment and migrates
 * the database, so problems show at start, not at the first request.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  if (process.env.NEXT_PHASE === "phase-production-build") return;
  const { startServer } = await import("./server/runtime/start-server");
  await startServer();
}
