// Loaded into the server by bench/turn-alloc.ts (NODE_OPTIONS=--import, only when BENCH_ALLOC is set):
// bytes allocated on the JavaScript heap per request and the GCs they cost, and (BENCH_ALLOC_SITES=1)
// a sampling heap profile that keeps the samples of objects already collected — the allocation sites
// of garbage, which --heap-prof leaves out. SIGUSR2 starts the measured window (after the warm-up);
// the figures are written as JSON to $BENCH_ALLOC.<pid>.json when the process exits.
import diagnostics from "node:diagnostics_channel";
import fs from "node:fs";
import inspector from "node:inspector";
import v8 from "node:v8";

const out = process.env.BENCH_ALLOC;
if (out) {
  let profiler = null;
  let requests = 0;
  let started = null;
  const session = process.env.BENCH_ALLOC_SITES ? new inspector.Session() : null;
  let turns = 0;
  diagnostics.subscribe("http.server.request.start", ({ request }) => {
    if (!started) return;
    requests++;
    if (request.url?.endsWith("/messages")) turns++;
  });
  process.on("SIGUSR2", () => {
    profiler = new v8.GCProfiler();
    profiler.start();
    requests = 0;
    turns = 0;
    started = { used: v8.getHeapStatistics().used_heap_size, cpu: process.cpuUsage() };
    if (session) {
      session.connect();
      session.post("HeapProfiler.startSampling", { samplingInterval: 4096, includeObjectsCollectedByMajorGC: true, includeObjectsCollectedByMinorGC: true });
    }
  });
  process.on("exit", () => {
    if (!profiler) return;
    const { statistics } = profiler.stop();
    const cpu = process.cpuUsage(started.cpu);
    // Allocated = growth of the used heap between GCs, plus what each GC found in use before it ran.
    let allocated = 0;
    let last = started.used;
    const kinds = {};
    for (const gc of statistics) {
      const before = gc.beforeGC.heapStatistics.usedHeapSize;
      allocated += Math.max(0, before - last);
      last = gc.afterGC.heapStatistics.usedHeapSize;
      const kind = (kinds[gc.gcType] ??= { count: 0, ms: 0, maxMs: 0 });
      kind.count++;
      kind.ms += gc.cost / 1000;
      kind.maxMs = Math.max(kind.maxMs, gc.cost / 1000);
    }
    allocated += Math.max(0, v8.getHeapStatistics().used_heap_size - last);
    const result = { requests, turns, allocated, cpuMs: (cpu.user + cpu.system) / 1000, kinds, memory: process.memoryUsage() };
    if (session) {
      session.post("HeapProfiler.stopSampling", (error, { profile } = {}) => {
        if (profile) fs.writeFileSync(`${out}.${process.pid}.heapprofile`, JSON.stringify(profile));
      });
    }
    fs.writeFileSync(`${out}.${process.pid}.json`, JSON.stringify(result));
  });
}
