// Where the machine's CPU went over a stretch of a benchmark, from /proc: the server's
// process group, this load generator, every PostgreSQL backend on the box (other
// people's too — the server is shared) and everything else; and the load average.
import fs from "node:fs";
import os from "node:os";

interface Sample {
  at: number;
  /** CPU ticks so far per process: the server's group, and PostgreSQL's backends (per pid, so one that ends between two samples drops out of both). */
  server: Map<number, number>;
  postgres: Map<number, number>;
  box: number;
  load: NodeJS.CpuUsage;
}

const TICK_MS = 10; // USER_HZ = 100

function processTicks(serverPgid: number): { server: Map<number, number>; postgres: Map<number, number> } {
  const server = new Map<number, number>();
  const postgres = new Map<number, number>();
  for (const entry of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, "utf8");
      const comm = stat.slice(stat.indexOf("(") + 1, stat.lastIndexOf(")"));
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      const ticks = Number(fields[11]) + Number(fields[12]);
      if (Number(fields[2]) === serverPgid) server.set(Number(entry), ticks);
      else if (comm === "postgres") postgres.set(Number(entry), ticks);
    } catch {
      // the process ended
    }
  }
  return { server, postgres };
}

/** Busy ticks of all cores (user + nice + system + irq + softirq + steal). */
function boxTicks(): number {
  const fields = fs.readFileSync("/proc/stat", "utf8").split("\n")[0]!.trim().split(/\s+/).slice(1).map(Number);
  const [user, nice, system, , , irq, softirq, steal] = fields as [number, number, number, number, number, number, number, number];
  return user + nice + system + irq + softirq + steal;
}

export function cpuSample(serverPgid: number): Sample {
  return { at: performance.now(), ...processTicks(serverPgid), box: boxTicks(), load: process.cpuUsage() };
}

/** Ticks used between two samples by the processes in the later one (a process started since counts from 0). */
function ticksBetween(before: Map<number, number>, after: Map<number, number>): number {
  let ticks = 0;
  for (const [pid, now] of after) ticks += now - (before.get(pid) ?? 0);
  return ticks;
}

/** Share of the machine's cores (100 % = every core busy) each part used between two samples, and the 1-minute load average now. */
export function cpuSplit(before: Sample, after: Sample) {
  const wallMs = after.at - before.at;
  const capacity = wallMs * os.availableParallelism();
  const load = process.cpuUsage(before.load);
  const pct = (ms: number) => (100 * ms) / capacity;
  const server = pct(ticksBetween(before.server, after.server) * TICK_MS);
  const postgres = pct(ticksBetween(before.postgres, after.postgres) * TICK_MS);
  const loadGenerator = pct((load.user + load.system) / 1000);
  const busy = pct((after.box - before.box) * TICK_MS);
  return {
    server,
    loadGenerator,
    postgres,
    others: Math.max(0, busy - server - postgres - loadGenerator),
    idle: Math.max(0, 100 - busy),
    loadAverage: os.loadavg()[0]!,
    serverCpuMs: ticksBetween(before.server, after.server) * TICK_MS,
  };
}

export type CpuSplit = ReturnType<typeof cpuSplit>;

export const formatCpuSplit = (s: Omit<CpuSplit, "serverCpuMs">) =>
  `server ${s.server.toFixed(0)} %, load generator ${s.loadGenerator.toFixed(0)} %, PostgreSQL (all backends) ${s.postgres.toFixed(0)} %, other processes ${s.others.toFixed(0)} %, idle ${s.idle.toFixed(0)} % of ${os.availableParallelism()} cores; load average ${s.loadAverage.toFixed(1)}`;
