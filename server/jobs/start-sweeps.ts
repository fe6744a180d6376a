import "server-only";
import type { Runtime } from "../runtime/runtime";
import { runSweeps } from "./run-sweeps";

export const SWEEP_INTERVAL_MS = 5_000;

/**
 * Runs the sweeps every 5 s (never two passes at once in this process) on a
 * timer that does not keep the process alive. Returns the function that stops it.
 */
export function startSweeps(runtime: Runtime, intervalMs = SWEEP_INTERVAL_MS): () => void {
  let running = false;
  const timer = setInterval(() => {
    if (running) return;
    running = true;
    runSweeps(runtime, runtime.now())
      .catch((error: unknown) => runtime.log("error", "sweeps failed", { error: String(error) }))
      .finally(() => {
        running = false;
      });
  }, intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
