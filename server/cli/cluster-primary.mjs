// The primary process of `npm start` with several workers (docs/deploy.md, "Every core"): it only
// forks, watches and stops them; each worker is a whole server (serve.mjs) sharing the port.
import cluster from "node:cluster";

/** How long workers get to finish their requests on SIGTERM before they are killed. */
const STOP_GRACE_MS = 30_000;
/** A worker that dies is replaced after this long, growing while they keep dying (a crash loop must not spin). */
const RESTART_DELAY_MS = [100, 500, 2_000, 5_000, 15_000];
/** Crashes further apart than this do not count towards a crash loop. */
const CRASH_WINDOW_MS = 60_000;

/**
 * Forks `count` workers and keeps that many running: a worker that dies after
 * it was serving (SIGKILL, out of memory, a bug) is replaced — its clients'
 * retries and stream reconnects land on the others meanwhile. A worker that
 * dies before the first one was ever ready is a start-up problem (bad
 * environment, database unreachable): everything stops with its exit code, as
 * a single process would. SIGTERM/SIGINT are passed to every worker, which
 * drain (serve.mjs); the primary exits when they all have.
 */
export function runPrimary({ count, log }) {
  // The kernel hands connections to the workers (SCHED_NONE), not the primary (round-robin, Node's default
  // on Linux): round-robin passes each accepted socket to a worker over IPC, and a socket in flight to a
  // worker that dies is never closed — its client waits for its own timeout (5 minutes in Node's fetch).
  // Under SCHED_NONE a dead worker's connections are reset at once and the retry lands on a live one.
  cluster.schedulingPolicy = cluster.SCHED_NONE;
  let everReady = false;
  let stopping = null;
  let exitCode = 143;
  const crashes = [];

  const fork = () => cluster.fork();

  cluster.on("listening", (worker) => {
    log(`worker ${worker.id} (pid ${worker.process.pid}) ready`);
    everReady = true;
  });

  cluster.on("exit", (worker, code, signal) => {
    const how = signal ? `killed by ${signal}` : `exit ${code}`;
    if (stopping) {
      // A worker whose process has exited but whose IPC channel has not yet closed is still listed in
      // cluster.workers (Node removes it on whichever of 'exit' and 'disconnect' comes second), so count
      // the live ones; process.exitCode (set in stop) covers the primary running out of work first.
      if (Object.values(cluster.workers ?? {}).every((w) => w.isDead())) process.exit(exitCode);
      return;
    }
    if (!everReady) {
      console.error(`[tandem] worker ${worker.id} stopped while starting (${how}); stopping`);
      stop("SIGTERM", code || 1);
      return;
    }
    const now = Date.now();
    crashes.push(now);
    while (crashes.length && crashes[0] < now - CRASH_WINDOW_MS) crashes.shift();
    const delay = RESTART_DELAY_MS[Math.min(crashes.length, RESTART_DELAY_MS.length) - 1];
    console.error(`[tandem] worker ${worker.id} (pid ${worker.process.pid}) died (${how}); a new one starts in ${delay} ms`);
    setTimeout(() => stopping || fork(), delay);
  });

  function stop(signal, code) {
    if (stopping) return;
    stopping = signal;
    exitCode = code ?? (signal === "SIGINT" ? 130 : 143);
    process.exitCode = exitCode;
    const workers = Object.values(cluster.workers ?? {});
    if (workers.length === 0) process.exit(exitCode);
    for (const worker of workers) worker.process.kill(signal);
    setTimeout(() => {
      for (const worker of Object.values(cluster.workers ?? {})) worker.process.kill("SIGKILL");
    }, STOP_GRACE_MS).unref();
  }
  process.on("SIGTERM", () => stop("SIGTERM"));
  process.on("SIGINT", () => stop("SIGINT"));

  log(`starting ${count} workers`);
  for (let i = 0; i < count; i++) fork();
}
