import "server-only";
import type { Runtime } from "../conversations/runtime";
import { sweepOverdueCallbacks } from "./sweep-overdue-callbacks";
import { sweepQueueTimeouts } from "./sweep-queue-timeouts";
import { sweepStalePresence } from "./sweep-stale-presence";
import { sweepWaitingAssignments } from "./sweep-waiting-assignments";

/**
 * One pass of every timer, as of `now`. The timers' state is in the database
 * (queuedAt, lastSeenAt, dueAt), so they survive restarts, and every claim is
 * FOR UPDATE SKIP LOCKED, so several instances can sweep at once. A failing
 * sweep is logged and does not stop the others.
 */
export async function runSweeps(runtime: Runtime, now: Date) {
  const atNow: Runtime = { ...runtime, now: () => now };
  const run = async (name: string, sweep: () => Promise<number>) => {
    try {
      return await sweep();
    } catch (error) {
      runtime.log("error", `sweep ${name} failed`, { error: String(error) });
      return 0;
    }
  };
  const wentOffline = await run("stale-presence", () => sweepStalePresence(atNow, now));
  const timedOut = await run("queue-timeouts", () => sweepQueueTimeouts(atNow, now));
  const assigned = await run("waiting-assignments", () => sweepWaitingAssignments(atNow));
  const overdueCallbacks = await run("overdue-callbacks", () => sweepOverdueCallbacks(atNow, now));
  return { wentOffline, timedOut, assigned, overdueCallbacks };
}
