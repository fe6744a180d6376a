// Shared by the benchmarks: a production build and a `next start` server to measure.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Builds unless a build exists and BENCH_BUILD=0 says to reuse it. */
export function ensureBuild() {
  if (fs.existsSync(".next/BUILD_ID") && process.env.BENCH_BUILD === "0") return;
  console.log("building (next build)…");
  if (spawnSync("npx", ["next", "build"], { stdio: "ignore", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } }).status !== 0)
    throw new Error("next build failed");
}

/**
 * Starts the server exactly as `npm start` does (its command line from
 * package.json, without npm's own process, so the process group's RSS is the
 * server's) on the port, and waits until it answers.
 */
export async function startServer(port: number, env: Record<string, string>, nodeFlags: string[] = [], cwd = process.cwd()): Promise<ChildProcess> {
  const [command, ...args] = (JSON.parse(fs.readFileSync(`${cwd}/package.json`, "utf8")) as { scripts: { start: string } }).scripts.start.split(/\s+/);
  // BENCH_CPU_PROF=<dir>: V8 CPU profiles of the server's processes (each worker too), written when it stops.
  const profile = process.env.BENCH_CPU_PROF ? ["--cpu-prof", `--cpu-prof-dir=${process.env.BENCH_CPU_PROF}`] : [];
  const server = spawn(command!, [...profile, ...nodeFlags, ...args, "-p", String(port), "-H", "127.0.0.1"], {
    env: { ...process.env, AUTH_SECRET: "bench-secret-bench-secret-bench-secret", NEXT_TELEMETRY_DISABLED: "1", ...env },
    stdio: ["ignore", "ignore", "inherit"],
    detached: true,
    cwd,
  });
  for (let i = 0; i < 120; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/sign-in`)).ok) return server;
    } catch {
      // not up yet
    }
    await sleep(500);
  }
  throw new Error("the server did not start");
}

export function stopServer(server: ChildProcess) {
  try {
    process.kill(-server.pid!, "SIGTERM");
  } catch {
    // gone
  }
}
