// npm run bench:builder — the flow builder in Chromium against a production build:
// time until a 300-node / 400-edge flow's canvas is interactive, 50 node drags,
// select-all + auto-layout, and the JavaScript the builder route loads (gzipped).
// Medians over BENCH_RUNS page loads (default 5). Goals: interactive ≤ 2 s,
// auto-layout ≤ 1 s, builder JS ≤ 600 KB gzipped.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import { gzipSync } from "node:zlib";
import { chromium, type Page } from "@playwright/test";
import { ensureBuild, sleep, startServer, stopServer } from "./bench-server";
import { generateLargeFlow } from "./generate-large-flow";

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const PORT = 3191;
const BASE = `http://127.0.0.1:${PORT}`;
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
};
const spread = (values: number[]) => `${Math.min(...values).toFixed(0)} / ${median(values).toFixed(0)} / ${Math.max(...values).toFixed(0)}`;

function cli(dataDir: string, args: string[]): string {
  const result = spawnSync("node", ["--conditions=react-server", "--import", "tsx", "server/cli/index.ts", ...args], {
    env: { ...process.env, DATABASE_URL: "", PGLITE_DATA_DIR: dataDir },
    encoding: "utf8",
  });
  if (result.status !== 0) throw new Error(`cli ${args[0]} failed: ${result.stderr}`);
  return result.stdout.trim();
}

/** Opens the editor and returns ms from navigation start until a node is drawn and the page answers the next frame. */
async function openEditor(page: Page, flowId: string): Promise<number> {
  await page.goto(`${BASE}/flows/${flowId}`, { waitUntil: "commit" });
  await page.waitForSelector(".react-flow__node", { state: "visible", timeout: 60_000 });
  return page.evaluate(() => new Promise<number>((resolve) => requestAnimationFrame(() => setTimeout(() => resolve(performance.now())))));
}

async function builderJs(page: Page) {
  const urls = await page.evaluate(() =>
    performance
      .getEntriesByType("resource")
      .map((entry) => entry.name)
      .filter((name) => name.endsWith(".js")),
  );
  let raw = 0;
  let gzipped = 0;
  for (const url of new Set(urls)) {
    const body = Buffer.from(await (await fetch(url)).arrayBuffer());
    raw += body.length;
    gzipped += gzipSync(body, { level: 9 }).length;
  }
  return { files: new Set(urls).size, raw, gzipped };
}

/** The same mouse gesture `count` times on `target(i)`; ms from press to the frame after release. */
async function gestures(page: Page, count: number, target: (i: number) => ReturnType<Page["locator"]>): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < count; i++) {
    const box = (await target(i).boundingBox())!;
    const [x, y] = [box.x + box.width / 2, box.y + box.height / 3];
    const started = performance.now();
    await page.mouse.move(x, y);
    await page.mouse.down();
    for (let step = 1; step <= 4; step++) await page.mouse.move(x + step * 12, y + step * 4);
    await page.mouse.up();
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
    times.push(performance.now() - started);
  }
  return times;
}

async function autoLayout(page: Page): Promise<number> {
  await page.locator(".react-flow__pane").click({ position: { x: 5, y: 5 } });
  await page.keyboard.press("Control+a");
  await page.getByRole("button", { name: "Auto-layout" }).click();
  const handle = await page.waitForFunction(() => performance.getEntriesByName("tandem:auto-layout").at(-1)?.duration ?? null, null, { timeout: 30_000 });
  return (await handle.jsonValue()) as number;
}

async function main() {
  ensureBuild();
  const dataDir = `.data/bench-builder-${Date.now()}`;
  cli(dataDir, ["db:seed"]);
  const token = cli(dataDir, ["api-token", "create", "--email", "admin@acme.test", "--name", "bench"]).split("\n").at(-1)!;
  const server = await startServer(PORT, { DATABASE_URL: "", PGLITE_DATA_DIR: dataDir });
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
  });
  try {
    const created = await fetch(`${BASE}/api/v1/flows`, {
      method: "POST",
      headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
      body: JSON.stringify({ name: "Bench: 300 nodes", document: generateLargeFlow() }),
    });
    if (!created.ok) throw new Error(`import failed: ${created.status} ${await created.text()}`);
    const { id } = (await created.json()) as { id: string };

    const page = await (await browser.newContext({ viewport: { width: 1600, height: 1000 } })).newPage();
    await page.goto(`${BASE}/sign-in`);
    await page.getByLabel("Email").fill("admin@acme.test");
    await page.getByLabel("Password").fill("tandem-demo");
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.waitForURL(/\/flows/);

    await openEditor(page, id); // warm-up: server-side caches, compiled routes
    const interactive: number[] = [];
    const layouts: number[] = [];
    let drags: number[] = [];
    let baseline: number[] = [];
    let js = { files: 0, raw: 0, gzipped: 0 };
    for (let run = 0; run < RUNS; run++) {
      interactive.push(await openEditor(page, id));
      if (run === 0) {
        js = await builderJs(page);
        // Baseline: the same gesture over the palette's help text (nothing listens), to show what Playwright itself costs.
        baseline = await gestures(page, 50, () => page.getByText("Drag a step onto the canvas"));
        drags = await gestures(page, 50, (i) => page.locator(".react-flow__node").nth(i % 10));
        await sleep(1500); // let the autosave of the drags finish
      }
      layouts.push(await autoLayout(page));
    }
    console.log(`\nFlow builder, 300 nodes / 400 edges (min / median / max over ${RUNS} loads)`);
    console.log(`  canvas interactive after navigation: ${spread(interactive)} ms   (goal ≤ 2000)`);
    console.log(
      `  50 node drags: total ${drags.reduce((a, b) => a + b, 0).toFixed(0)} ms, per drag median ${median(drags).toFixed(0)} ms; the same gesture where nothing listens ${median(baseline).toFixed(0)} ms (drag/baseline ${(median(drags) / median(baseline)).toFixed(1)}×)`,
    );
    console.log(`  select-all + auto-layout: ${spread(layouts)} ms   (goal ≤ 1000)`);
    console.log(
      `  builder route JS: ${js.files} files, ${(js.raw / 1024).toFixed(0)} KB raw, ${(js.gzipped / 1024).toFixed(0)} KB gzipped   (goal ≤ 600 KB gzipped)`,
    );
  } finally {
    await browser.close();
    stopServer(server);
    await sleep(1000);
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
