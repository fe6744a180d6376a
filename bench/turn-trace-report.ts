// Reads what bench/trace-server.mjs wrote and says where the open loop's slow turns spent
// their time: per turn (matched by its x-bench-id) the server's own time, time waiting
// for a pool connection, time with a query on the wire, the app's stage marks, GC pauses
// and the event loop's delay while it ran; the slowest 1 % next to the median turn.
import fs from "node:fs";
import path from "node:path";

export interface ClientTurn {
  id: string;
  start: number; // epoch ms
  ms: number;
  /** The load generator's main thread waiting for a core while this turn was under way. */
  runDelay: number;
}
interface TracedRequest {
  runDelay: number;
  id?: string;
  start: number;
  end?: number;
  wait: number;
  db: number;
  queries: number;
  marks: [string, number][];
}
interface Trace {
  requests: TracedRequest[];
  gcs: { at: number; ms: number; kind: number }[];
  loop: { at: number; max: number; p99: number; mean: number; heapMb: number; utilization: number; runDelayMs: number; cpuMs: number }[];
}

export function readTraces(prefix: string): Trace {
  const dir = path.dirname(prefix);
  const all: Trace = { requests: [], gcs: [], loop: [] };
  for (const file of fs.readdirSync(dir)) {
    if (!file.startsWith(path.basename(prefix) + ".")) continue;
    const trace = JSON.parse(fs.readFileSync(path.join(dir, file), "utf8")) as Trace;
    all.requests.push(...trace.requests);
    all.gcs.push(...trace.gcs);
    all.loop.push(...trace.loop);
  }
  return all;
}

const q = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? NaN;
const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / Math.max(1, values.length);
const f = (n: number) => (Number.isFinite(n) ? n.toFixed(1) : "–");

/** Stage durations from the marks (each mark is the end of a stage, ms since the request started). */
function stages(request: TracedRequest): Record<string, number> {
  const out: Record<string, number> = {};
  let previous = 0;
  for (const [name, at] of request.marks) {
    out[name] = (out[name] ?? 0) + (at - previous);
    previous = at;
  }
  if (request.end !== undefined) out.write = request.end - request.start - previous;
  return out;
}

export function traceReport(turns: ClientTurn[], trace: Trace, window: { from: number; to: number }): string[] {
  const byId = new Map(trace.requests.filter((r) => r.id).map((r) => [r.id!, r]));
  const gcs = trace.gcs.filter((g) => g.at >= window.from && g.at <= window.to);
  const loop = trace.loop.filter((l) => l.at >= window.from && l.at <= window.to + 1000);
  const lines: string[] = [];
  const gcMs = gcs.map((g) => g.ms).sort((a, b) => a - b);
  lines.push(
    `    GC in the window: ${gcs.length} pauses, ${f(gcMs.reduce((a, b) => a + b, 0))} ms in all (${f((100 * gcMs.reduce((a, b) => a + b, 0)) / (window.to - window.from))} % of wall), p99 ${f(q(gcMs, 0.99))} ms, max ${f(gcMs.at(-1) ?? NaN)} ms; major (mark-sweep) ${gcs.filter((g) => g.kind === 4).length}`,
  );
  const loopMax = loop.map((l) => l.max).sort((a, b) => a - b);
  lines.push(
    `    event-loop delay per second: p99 of the seconds' p99 ${f(
      q(
        loop.map((l) => l.p99).sort((a, b) => a - b),
        0.99,
      ),
    )} ms, worst second's max ${f(loopMax.at(-1) ?? NaN)} ms, median second's max ${f(q(loopMax, 0.5))} ms; heap ${f(Math.min(...loop.map((l) => l.heapMb)))}–${f(Math.max(...loop.map((l) => l.heapMb)))} MB`,
  );
  lines.push(
    `    server main thread per second: busy (event-loop utilisation) ${f(100 * mean(loop.map((l) => l.utilization)))} %, on CPU ${f(mean(loop.map((l) => l.cpuMs)) / 10)} % of a core, waiting for a core (runnable, not running) ${f(mean(loop.map((l) => l.runDelayMs)))} ms per second (worst second ${f(Math.max(...loop.map((l) => l.runDelayMs)))} ms)`,
  );
  const matched = turns.map((t) => ({ turn: t, request: byId.get(t.id) })).filter((m): m is { turn: ClientTurn; request: TracedRequest } => !!m.request?.end);
  if (matched.length === 0) return [...lines, "    (no traced requests matched the client's turns)"];
  matched.sort((a, b) => a.turn.ms - b.turn.ms);
  const row = (label: string, group: typeof matched) => {
    const server = group.map((m) => m.request.end! - m.request.start);
    const st = group.map((m) => stages(m.request));
    const names = [...new Set(st.flatMap((s) => Object.keys(s)))];
    const gcIn = group.map((m) => gcs.filter((g) => g.at + g.ms >= m.request.start && g.at <= m.request.end!).reduce((a, g) => a + g.ms, 0));
    const outside = group.map((m, i) => m.turn.ms - server[i]!);
    return (
      `    ${label} (${group.length}): client ${f(mean(group.map((m) => m.turn.ms)))} ms = outside the server ${f(mean(outside))} + in the server ${f(mean(server))} ` +
      `[server main thread waiting for a core ${f(mean(group.map((m) => m.request.runDelay)))}, load generator's ${f(mean(group.map((m) => m.turn.runDelay)))}; pool wait ${f(mean(group.map((m) => m.request.wait)))}, on the wire ${f(mean(group.map((m) => m.request.db)))} (${f(mean(group.map((m) => m.request.queries)))} queries), GC during ${f(mean(gcIn))}; ` +
      `stages ${names.map((n) => `${n} ${f(mean(st.map((s) => s[n] ?? 0)))}`).join(", ")}]`
    );
  };
  const n = matched.length;
  lines.push(row("median turns (p45–p55)", matched.slice(Math.floor(n * 0.45), Math.ceil(n * 0.55))));
  lines.push(row("slowest 1 % (≥ p99)", matched.slice(Math.floor(n * 0.99))));
  return lines;
}
