import type { Parameters } from "fast-check";

/**
 * fast-check settings for every property in the suite: a fixed seed (FUZZ_SEED overrides it, to replay
 * a failure or explore), a bounded number of runs (FUZZ_RUNS scales them), and on failure the seed and
 * the path to replay it printed by fast-check itself.
 */
export function fuzzOptions<T>(runs = 100): Parameters<T> {
  const seed = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : 20261123;
  const scale = process.env.FUZZ_RUNS ? Number(process.env.FUZZ_RUNS) / 100 : 1;
  return { seed, numRuns: Math.max(1, Math.round(runs * scale)), verbose: 1 };
}
