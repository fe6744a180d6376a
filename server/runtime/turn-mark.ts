const HOOK = Symbol.for("tandem.turnMark");

/**
 * Marks the end of a stage of the request being answered (parse, load, engine,
 * save, response) for a profiler that installs a hook on globalThis — the
 * bench's tracer (bench/trace-server.mjs) does, with BENCH_TRACE set. Without
 * one, a property lookup and nothing else.
 */
export function turnMark(stage: string): void {
  (globalThis as { [HOOK]?: (stage: string) => void })[HOOK]?.(stage);
}
