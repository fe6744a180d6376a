// Loaded into the server by bench/turns.ts (NODE_OPTIONS=--import, only when BENCH_TRACE is set):
// where a request's time goes, from inside the server, without changing the app.
//   - every HTTP request: start/finish (epoch ms), and on its async context (AsyncLocalStorage):
//     time waiting for a pg connection (Pool.connect → client), time with a query outstanding
//     on the wire, and the marks the app leaves with `globalThis[Symbol.for("tandem.turnMark")]`;
//   - event-loop delay (monitorEventLoopDelay) per second, and every GC pause (PerformanceObserver 'gc');
// written as JSON to $BENCH_TRACE.<pid>.json when the process exits.
import { AsyncLocalStorage, AsyncResource } from "node:async_hooks";
import diagnostics from "node:diagnostics_channel";
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { monitorEventLoopDelay, performance, PerformanceObserver } from "node:perf_hooks";

const out = process.env.BENCH_TRACE;
if (out) {
  const epoch = () => performance.timeOrigin + performance.now();
  const als = new AsyncLocalStorage();
  const requests = [];
  const gcs = [];
  const loop = [];

  // Time this process's main thread spent runnable but not running (waiting for a core), ms: /proc schedstat.
  const runDelay = () => Number(fs.readFileSync(`/proc/self/task/${process.pid}/schedstat`, "utf8").split(" ")[1]) / 1e6;
  diagnostics.subscribe("http.server.request.start", ({ request, response }) => {
    const id = request.headers["x-bench-id"];
    const ctx = { id, start: epoch(), wait: 0, db: 0, queries: 0, marks: [], runDelay: id ? runDelay() : 0 };
    als.enterWith(ctx);
    response.once("finish", () => {
      ctx.end = epoch();
      if (id) ctx.runDelay = runDelay() - ctx.runDelay;
      if (ctx.id) requests.push(ctx);
    });
  });
  // The app's own stage marks (a no-op unless this file is loaded).
  globalThis[Symbol.for("tandem.turnMark")] = (name) => {
    const ctx = als.getStore();
    if (ctx) ctx.marks.push([name, epoch() - ctx.start]);
  };

  const require = createRequire(path.join(process.cwd(), "package.json"));
  const pg = require("pg");
  const connect = pg.Pool.prototype.connect;
  pg.Pool.prototype.connect = function (callback) {
    const ctx = als.getStore();
    const started = epoch();
    const note = () => ctx && (ctx.wait += epoch() - started);
    if (typeof callback === "function")
      return connect.call(
        this,
        AsyncResource.bind((error, client, release) => {
          note();
          callback(error, client, release);
        }),
      );
    return connect.call(this).then((client) => (note(), client));
  };
  const query = pg.Client.prototype.query;
  pg.Client.prototype.query = function (config, values, callback) {
    const ctx = als.getStore();
    if (!ctx) return query.call(this, config, values, callback);
    const started = epoch();
    ctx.queries++;
    const done = () => (ctx.db += epoch() - started);
    // pg-pool's query passes a callback (as the last argument), Prisma's adapter awaits the promise.
    if (typeof values === "function")
      return query.call(this, config, (...args) => {
        done();
        values(...args);
      });
    if (typeof callback === "function")
      return query.call(this, config, values, (...args) => {
        done();
        callback(...args);
      });
    const result = query.call(this, config, values, callback);
    if (result && typeof result.then === "function") result.then(done, done);
    else ctx.queries--;
    return result;
  };

  const delay = monitorEventLoopDelay({ resolution: 1 });
  delay.enable();
  let elu = performance.eventLoopUtilization();
  let lastRunDelay = runDelay();
  let lastCpu = process.cpuUsage();
  setInterval(() => {
    const nextElu = performance.eventLoopUtilization();
    const nextRunDelay = runDelay();
    const cpu = process.cpuUsage(lastCpu);
    loop.push({
      at: epoch(),
      max: delay.max / 1e6,
      p99: delay.percentile(99) / 1e6,
      mean: delay.mean / 1e6,
      heapMb: process.memoryUsage().heapUsed / 2 ** 20,
      utilization: performance.eventLoopUtilization(nextElu, elu).utilization,
      runDelayMs: nextRunDelay - lastRunDelay,
      cpuMs: (cpu.user + cpu.system) / 1000,
    });
    elu = nextElu;
    lastRunDelay = nextRunDelay;
    lastCpu = process.cpuUsage();
    delay.reset();
  }, 1000).unref();
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries())
      gcs.push({ at: performance.timeOrigin + entry.startTime, ms: entry.duration, kind: entry.detail?.kind ?? entry.kind });
  }).observe({ entryTypes: ["gc"] });

  process.on("exit", () => {
    fs.writeFileSync(`${out}.${process.pid}.json`, JSON.stringify({ requests, gcs, loop }));
  });
}
