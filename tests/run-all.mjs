// npm test: the whole suite, setting up what it needs by itself.
//   lint → type-check → Vitest (unit, integration on PGlite, and on PostgreSQL
//   when TEST_DATABASE_URL is set) → next build → Playwright in Chromium (and, with
//   TEST_DATABASE_URL, two production servers on one PostgreSQL database) → the crash test
//   (tests/chaos: a production server killed with SIGKILL under load, on PGlite and PostgreSQL; and, on
//   PostgreSQL, one of two cluster workers killed while the other serves).
// Options: --only <step[,step]> (lint, typecheck, vitest, build, e2e, chaos).
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import net from "node:net";

const onlyIndex = process.argv.indexOf("--only");
const only = onlyIndex > 0 ? new Set(process.argv[onlyIndex + 1].split(",")) : null;
const want = (step) => !only || only.has(step) || (step === "build" && (only.has("e2e") || only.has("chaos")));
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1", PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: "1" };
const timings = [];
const totals = { passed: 0, failed: 0, skipped: 0 };

function run(step, command, args, extraEnv = {}) {
  console.log(`\n━━ ${step}: ${command} ${args.join(" ")}`);
  const started = Date.now();
  const result = spawnSync(command, args, { stdio: "inherit", env: { ...env, ...extraEnv } });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  timings.push(`${step} ${seconds}s`);
  return result.status === 0;
}

function finish(ok) {
  console.log(`\n━━ timings: ${timings.join(", ")}`);
  console.log(`tests: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
  process.exit(ok ? 0 : 1);
}

function readCounts(file, pick) {
  try {
    const counts = pick(JSON.parse(fs.readFileSync(file, "utf8")));
    totals.passed += counts.passed;
    totals.failed += counts.failed;
    totals.skipped += counts.skipped;
  } catch {
    totals.failed += 1; // no report: the runner itself failed
  }
}

/** Chromium for Playwright: CHROMIUM_PATH, a system one, Debian's package (as root), or Playwright's own. */
function findChromium() {
  const candidates = [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"];
  const found = candidates.find((path) => path && fs.existsSync(path));
  if (found) return found;
  const isDebian = fs.existsSync("/etc/debian_version");
  if (isDebian && process.getuid?.() === 0) {
    console.log("━━ installing Debian's chromium for the end-to-end tests");
    spawnSync("apt-get", ["update", "-qq"], { stdio: "inherit" });
    spawnSync("apt-get", ["install", "-y", "-qq", "chromium"], { stdio: "inherit", env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" } });
    if (fs.existsSync("/usr/bin/chromium")) return "/usr/bin/chromium";
  }
  console.log("━━ no system Chromium: using Playwright's own (npx playwright install chromium)");
  const installed = spawnSync("npx", ["playwright", "install", "chromium"], {
    stdio: "inherit",
    env: { ...process.env, PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: "" },
  });
  if (installed.status !== 0) throw new Error("Could not find or install Chromium for the end-to-end tests.");
  return "";
}

/** Whether something already listens on 127.0.0.1:port (a server left over from an earlier run, another app). */
function portTaken(port) {
  return new Promise((resolve) => {
    const probe = net.createServer();
    probe.once("error", () => resolve(true));
    probe.listen(port, "127.0.0.1", () => probe.close(() => resolve(false)));
  });
}

/**
 * The ports the browser tests and the crash test use (playwright*.config.ts, tests/chaos): a taken one would
 * otherwise show up minutes later as a server that "did not start" or a test talking to the wrong server.
 */
async function checkPorts() {
  const base = Number(process.env.E2E_PORT ?? 3107);
  const ports = [
    ...(want("e2e") ? [base, base + 5, ...(process.env.TEST_DATABASE_URL ? [base + 10, base + 11] : [])] : []),
    ...(want("chaos") ? [Number(process.env.CHAOS_PORT ?? base + 30)] : []),
  ];
  const taken = [];
  for (const port of ports) if (await portTaken(port)) taken.push(port);
  if (taken.length === 0) return;
  console.error(
    `\n━━ port ${taken.join(", ")} on 127.0.0.1 is already in use (a server left from an earlier run? \`ss -ltnp | grep ${taken[0]}\`). ` +
      "Stop it, or choose other ports with E2E_PORT=<port> (the tests use it, +5, +10, +11 and +30).",
  );
  totals.failed += 1;
  finish(false);
}

fs.rmSync("test-results", { recursive: true, force: true });
fs.mkdirSync("test-results", { recursive: true });

await checkPorts();
if (want("lint") && !run("lint", "npx", ["eslint", "--max-warnings=0", "."])) finish(false);
// Unformatted files fail the run too: `npm run format` fixes them.
if (want("lint") && !run("format", "npx", ["prettier", "--check", "."])) finish(false);
if (want("typecheck") && !run("typecheck", "npx", ["tsc", "--noEmit"])) finish(false);

if (want("vitest")) {
  if (!process.env.TEST_DATABASE_URL) console.log("\n(TEST_DATABASE_URL is not set: integration tests run on PGlite only; .ci/run adds PostgreSQL.)");
  const ok = run("vitest", "npx", ["vitest", "run", "--reporter=default", "--reporter=json", "--outputFile.json=test-results/vitest.json"]);
  readCounts("test-results/vitest.json", (r) => ({ passed: r.numPassedTests, failed: r.numFailedTests, skipped: r.numPendingTests + r.numTodoTests }));
  if (!ok) finish(false);
}

if (want("build") && !run("build", "npx", ["next", "build"])) finish(false);

if (want("e2e")) {
  const chromium = findChromium();
  for (const entry of fs.existsSync(".data") ? fs.readdirSync(".data") : []) {
    if (entry.startsWith("e2e-")) fs.rmSync(`.data/${entry}`, { recursive: true, force: true });
  }
  const ok = run("e2e", "npx", ["playwright", "test"], { CHROMIUM_PATH: chromium });
  const playwrightCounts = (r) => ({ passed: r.stats.expected, failed: r.stats.unexpected + r.stats.flaky, skipped: r.stats.skipped });
  readCounts("test-results/e2e.json", playwrightCounts);
  if (!ok) finish(false);
  // Two production servers on one PostgreSQL database: only where there is a server.
  if (process.env.TEST_DATABASE_URL) {
    const both = run("e2e-instances", "npx", ["playwright", "test", "--config", "playwright.instances.config.ts"], { CHROMIUM_PATH: chromium });
    readCounts("test-results/e2e-instances.json", playwrightCounts);
    if (!both) finish(false);
  } else {
    console.log("\n(TEST_DATABASE_URL is not set: the two-instance end-to-end test needs PostgreSQL; .ci/run adds it.)");
  }
}

if (want("chaos")) {
  // The same production build; one result per database it ran on (PGlite, and PostgreSQL with TEST_DATABASE_URL).
  const ok = run("chaos", "node", ["tests/chaos/kill-and-restart.mjs"]);
  readCounts("test-results/chaos.json", (r) => r);
  if (!ok) finish(false);
  if (process.env.TEST_DATABASE_URL) {
    // Two cluster workers on PostgreSQL, one killed twice under load: replaced, nothing acknowledged lost.
    const workersOk = run("chaos-workers", "npm", ["run", "--silent", "chaos:workers"]);
    readCounts("test-results/chaos-workers.json", (r) => r);
    if (!workersOk) finish(false);
  }
}

finish(true);
