import "server-only";
import type { Runtime } from "../runtime/runtime";
import { rollUpAnalytics } from "../analytics/roll-up-analytics";
import { sweepAbandonedQueue } from "./sweep-abandoned-queue";
import { sweepDueCallbacks } from "./sweep-due-callbacks";
import { sweepOverdueCallbacks } from "./sweep-overdue-callbacks";
import { sweepQueueTimeouts } from "./sweep-queue-timeouts";
import { sweepSignInAttempts } from "./sweep-sign-in-attempts";
import { sweepStalePresence } from "./sweep-stale-presence";
import { sweepWaitAlerts } from "./sweep-wait-alerts";
import { sweepWaitingAssignments } from "./sweep-waiting-assignments";
import { sweepWebhookDeliveries } from "./sweep-webhook-deliveries";

/**
 * One pass of every timer, as of `now`. The timers' state is in the database
 * (queuedAt, customerSeenAt, lastSeenAt, dueAt and remindedAt, waitAlertedAt, nextAttemptAt, the sign-in log's createdAt), so they survive restarts, and every claim is
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
  const abandoned = await run("abandoned-queue", () => sweepAbandonedQueue(atNow, now));
  const timedOut = await run("queue-timeouts", () => sweepQueueTimeouts(atNow, now));
  const assigned = await run("waiting-assignments", () => sweepWaitingAssignments(atNow));
  const dueCallbacks = await run("due-callbacks", () => sweepDueCallbacks(atNow, now));
  const overdueCallbacks = await run("overdue-callbacks", () => sweepOverdueCallbacks(atNow, now));
  const waitAlerts = await run("wait-alerts", () => sweepWaitAlerts(atNow, now));
  const signInAttemptsPruned = await run("sign-in-log", () => sweepSignInAttempts(atNow, now));
  const analyticsDaysRolledUp = await run("analytics-rollups", () => rollUpAnalytics(runtime.db, now));
  // Last: its HTTP calls may take up to a timeout.
  const webhookAttempts = await run("webhook-deliveries", () => sweepWebhookDeliveries(atNow, now));
  return {
    wentOffline,
    abandoned,
    timedOut,
    assigned,
    dueCallbacks,
    overdueCallbacks,
    waitAlerts,
    signInAttemptsPruned,
    analyticsDaysRolledUp,
    webhookAttempts,
  };
}
