// npm run bench:chat — the customer chat against a production build: the JavaScript the chat page /c/[slug]
// loads first and the widget loader /embed.js (gzipped), then in Chromium on localhost, each run a new visitor
// (fresh browser context, so a new session): navigation → first bot message on /c/acme, and for the widget on a
// plain page of another site, page load → launcher visible and launcher click → first bot message.
// BENCH_RUNS runs each (default 10). Goals: chat page first-load JS ≤ 150 KB gz, loader ≤ 15 KB gz,
// first bot message ≤ 800 ms (median).
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { gzipSync } from "node:zlib";
import { chromium, type Browser } from "@playwright/test";
import { ensureBuild, sleep, startServer, stopServer } from "./bench-server";

const RUNS = Number(process.env.BENCH_RUNS ?? 10);
const PORT = 3194;
const BASE = `http://127.0.0.1:${PORT}`;
const SLUG = "acme";
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const GOALS = { pageJsKb: 150, loaderKb: 15, firstBotMs: 800 };

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
};
const spread = (values: number[]) => `${Math.min(...values).toFixed(0)} / ${median(values).toFixed(0)} / ${Math.max(...values).toFixed(0)} ms`;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const verdict = (ok: boolean) => (ok ? "ok" : "OVER");

function cli(dataDir: string, args: string[]) {
  const result = spawnSync("node", ["--conditions=react-server", "--import", "tsx", "server/cli/index.ts", ...args], {
    env: { ...process.env, DATABASE_URL: "", PGLITE_DATA_DIR: dataDir },
    encoding: "utf8",
  });
  if (result.status !== 0) throw new Error(`cli ${args[0]} failed: ${result.stderr}`);
}

interface Chunk {
  url: string;
  raw: number;
  gzipped: number;
  contains: string[];
}

// Tell-tale strings of the libraries that matter for the chat's weight (minified code keeps these).
const MARKERS: [string, RegExp][] = [
  ["react-dom", /__reactContainer|react-dom\.production|Minified React error/],
  ["next router", /__next_f|NEXT_REDIRECT|next-router-state-tree/],
  ["react-query", /QueryObserver|QueryClientProvider/],
  ["tRPC", /TRPCClientError|httpBatch/],
  ["next-auth", /\/api\/auth\/session|SessionProvider|next-auth/],
  ["zod", /ZodError|invalid_type/],
  ["React Flow", /react-flow__/],
];

/**
 * The script chunks a page's HTML references, each fetched and gzipped (-9) on its own, as a browser's first
 * load gets them — except `nomodule` ones (Next's polyfills), which browsers with ES modules never download.
 */
async function firstLoadJs(path: string): Promise<Chunk[]> {
  const html = await (await fetch(BASE + path)).text();
  const tags = [...html.matchAll(/<script\b[^>]*>/g)].map((match) => match[0]).filter((tag) => !/\snomodule\b/i.test(tag));
  const sources = tags.map((tag) => /\ssrc="([^"]+)"/.exec(tag)?.[1]).filter((src): src is string => Boolean(src));
  const urls = [...new Set(sources.map((src) => new URL(src.replaceAll("&amp;", "&"), BASE).href))];
  return Promise.all(
    urls.map(async (url) => {
      const body = Buffer.from(await (await fetch(url)).arrayBuffer());
      const text = body.toString("utf8");
      return {
        url,
        raw: body.length,
        gzipped: gzipSync(body, { level: 9 }).length,
        contains: MARKERS.filter(([, pattern]) => pattern.test(text)).map(([name]) => name),
      };
    }),
  );
}
const total = (chunks: Chunk[]) => chunks.reduce((sum, chunk) => sum + chunk.gzipped, 0);

/**
 * Runs in every frame of every page: records (as an epoch time, comparable across frames) the frame after the
 * first bot message with text is laid out, the frame after the widget's launcher shows, and a click on it.
 */
const PROBE = `(() => {
  const now = () => performance.timeOrigin + performance.now();
  const bot = () => {
    const message = document.querySelector('[data-author="bot"]');
    return message && message.textContent.trim() && message.getBoundingClientRect().height > 0 && message.checkVisibility({ visibilityProperty: true });
  };
  const launcher = () => {
    const root = document.querySelector("tandem-chat")?.shadowRoot;
    const button = root?.querySelector("button.l");
    return button && !button.hidden && button.getBoundingClientRect().width > 0;
  };
  window.__bench = {};
  const poll = () => {
    if (!window.__bench.bot && bot()) window.__bench.bot = now();
    if (!window.__bench.launcher && launcher()) window.__bench.launcher = now();
    if (!window.__bench.bot || !window.__bench.launcher) requestAnimationFrame(poll);
  };
  requestAnimationFrame(poll);
  document.addEventListener("click", (event) => {
    if (!window.__bench.click && event.composedPath().some((node) => node.localName === "tandem-chat")) window.__bench.click = now();
  }, true);
})();`;

interface Probe {
  bot?: number;
  launcher?: number;
  click?: number;
}

interface PageRun {
  firstBot: number;
  /** navigation start → the HTML fully received */
  html: number;
  /** the POST that starts the session: request start → response end */
  session: number;
}

async function chatPageRun(browser: Browser): Promise<PageRun> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  await context.addInitScript(PROBE);
  const page = await context.newPage();
  await page.goto(`${BASE}/c/${SLUG}`, { waitUntil: "commit" });
  const handle = await page.waitForFunction(() => (window as unknown as { __bench: Probe }).__bench.bot && performance.timeOrigin, null, { timeout: 30_000 });
  const timeOrigin = (await handle.jsonValue()) as number;
  const probe = await page.evaluate(() => (window as unknown as { __bench: Probe }).__bench);
  const timings = await page.evaluate(() => {
    const navigation = performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming;
    const session = (performance.getEntriesByType("resource") as PerformanceResourceTiming[]).find((entry) =>
      /\/api\/v1\/chat\/[^/]+\/sessions$/.test(entry.name),
    );
    return { html: navigation.responseEnd, session: session ? session.responseEnd - session.startTime : NaN };
  });
  await context.close();
  return { firstBot: probe.bot! - timeOrigin, ...timings };
}

async function widgetRun(browser: Browser, hostUrl: string): Promise<{ launcher: number; firstBot: number }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  await context.addInitScript(PROBE);
  const page = await context.newPage();
  await page.goto(hostUrl, { waitUntil: "commit" });
  await page.waitForFunction(() => (window as unknown as { __bench: Probe }).__bench.launcher, null, { timeout: 30_000 });
  const host = await page.evaluate(() => ({ ...(window as unknown as { __bench: Probe }).__bench, timeOrigin: performance.timeOrigin }));
  await page.getByRole("button", { name: "Open chat" }).click();
  await page.waitForSelector('iframe[title="Chat"]');
  const frame = await (await page.$('iframe[title="Chat"]'))!.contentFrame();
  const handle = await frame!.waitForFunction(() => (window as unknown as { __bench: Probe }).__bench.bot, null, { timeout: 30_000 });
  const bot = (await handle.jsonValue()) as number;
  const click = (await page.evaluate(() => (window as unknown as { __bench: Probe }).__bench.click))!;
  await context.close();
  return { launcher: host.launcher! - host.timeOrigin, firstBot: bot - click };
}

/** A plain page on another site (localhost, while the app is on 127.0.0.1) with nothing but the snippet. */
async function startHostSite(): Promise<http.Server> {
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host site</title></head>
<body><h1>A shop</h1><p>Plain page with the chat widget.</p><script src="${BASE}/embed.js" data-flow="${SLUG}" async></script></body></html>`;
  const server = http.createServer((_request, response) => {
    response.writeHead(200, { "content-type": "text/html; charset=utf-8" });
    response.end(html);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return server;
}

async function main() {
  ensureBuild();
  const dataDir = `.data/bench-chat-${Date.now()}`;
  cli(dataDir, ["db:seed"]);
  const server = await startServer(PORT, {
    DATABASE_URL: "",
    PGLITE_DATA_DIR: dataDir,
    RATE_LIMIT_PER_IP: "100000",
    RATE_LIMIT_SESSIONS_PER_IP: "100000",
    RATE_LIMIT_SESSIONS_PER_FLOW: "100000",
  });
  const hostSite = await startHostSite();
  const hostUrl = `http://localhost:${(hostSite.address() as AddressInfo).port}/`;
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
  });
  try {
    const pageJs = await firstLoadJs(`/c/${SLUG}`);
    const embedJs = await firstLoadJs(`/embed/${SLUG}`);
    const everyPage = new Set((await firstLoadJs("/sign-in")).map((chunk) => chunk.url));
    const loader = Buffer.from(await (await fetch(`${BASE}/embed.js`)).arrayBuffer());
    const loaderGz = gzipSync(loader, { level: 9 }).length;

    // Warm-up: the server's first render of each route, the database's first queries.
    await chatPageRun(browser);
    await widgetRun(browser, hostUrl);
    const page: number[] = [];
    const html: number[] = [];
    const session: number[] = [];
    const launcher: number[] = [];
    const widgetBot: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      const pageRun = await chatPageRun(browser);
      page.push(pageRun.firstBot);
      html.push(pageRun.html);
      session.push(pageRun.session);
      const widget = await widgetRun(browser, hostUrl);
      launcher.push(widget.launcher);
      widgetBot.push(widget.firstBot);
    }

    const rows: [string, string, string, string][] = [
      [
        `/c/${SLUG} first-load JS (${pageJs.length} scripts, gzip -9)`,
        kb(total(pageJs)),
        `≤ ${GOALS.pageJsKb} KB`,
        verdict(total(pageJs) <= GOALS.pageJsKb * 1024),
      ],
      ["/embed.js widget loader (gzip -9)", `${kb(loaderGz)} (${kb(loader.length)} raw)`, `≤ ${GOALS.loaderKb} KB`, verdict(loaderGz <= GOALS.loaderKb * 1024)],
      [`/c/${SLUG}: navigation → first bot message`, spread(page), `≤ ${GOALS.firstBotMs} ms`, verdict(median(page) <= GOALS.firstBotMs)],
      ["  of which: navigation → HTML received", spread(html), "—", ""],
      ["  of which: POST …/sessions (start the chat)", spread(session), "—", ""],
      ["widget: host page navigation → launcher visible", spread(launcher), "—", ""],
      ["widget: launcher click → first bot message", spread(widgetBot), `≤ ${GOALS.firstBotMs} ms`, verdict(median(widgetBot) <= GOALS.firstBotMs)],
      [`/embed/${SLUG} first-load JS (${embedJs.length} scripts, in the iframe)`, kb(total(embedJs)), "—", ""],
    ];
    const widths = [0, 1, 2, 3].map((column) =>
      Math.max(...rows.map((row) => row[column]!.length), ["measure", "value (min / median / max)", "goal", ""][column]!.length),
    );
    const line = (cells: string[]) => `  ${cells.map((cell, column) => cell.padEnd(widths[column]!)).join("  ")}`.trimEnd();
    console.log(`\nCustomer chat, production build, Chromium on localhost, ${RUNS} new visitors each (min / median / max)`);
    console.log(line(["measure", "value (min / median / max)", "goal", ""]));
    console.log(line(widths.map((width) => "-".repeat(width))));
    for (const row of rows) console.log(line(row));

    console.log(`\n/c/${SLUG} scripts, biggest first ("every page" = also loaded by /sign-in, i.e. the root layout and framework):`);
    for (const chunk of [...pageJs].sort((a, b) => b.gzipped - a.gzipped)) {
      const name = new URL(chunk.url).pathname.split("/").at(-1);
      console.log(
        `  ${kb(chunk.gzipped).padStart(9)}  ${name}${everyPage.has(chunk.url) ? "  [every page]" : ""}${chunk.contains.length ? `  — ${chunk.contains.join(", ")}` : ""}`,
      );
    }
    const shared = pageJs.filter((chunk) => everyPage.has(chunk.url));
    console.log(`  shared with every page: ${kb(total(shared))}; the chat's own: ${kb(total(pageJs) - total(shared))}`);
  } finally {
    await browser.close();
    hostSite.close();
    stopServer(server);
    await sleep(1000);
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
