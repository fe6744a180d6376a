import { defineConfig } from "@playwright/test";

// End-to-end tests run against a production build (`next build` first; npm
// test does it) on a fresh embedded database seeded with the demo workspace.
const port = Number(process.env.E2E_PORT ?? 3107);
process.env.E2E_DATA_DIR ??= `.data/e2e-${Date.now()}`;
// The server sends e-mail to the SMTP sink tests/e2e/global-setup.ts runs on this port for the whole run (wait
// alerts too, so the server never logs failed sends); specs read what it received from the mailbox file.
process.env.E2E_SMTP_PORT ||= String(port + 5);
process.env.E2E_MAILBOX ??= `${process.env.E2E_DATA_DIR}-mails.jsonl`;

export default defineConfig({
  testDir: "tests/e2e",
  // Two servers on one PostgreSQL: playwright.instances.config.ts.
  testIgnore: ["two-instances/**"],
  globalSetup: "tests/e2e/global-setup.ts",
  fullyParallel: false,
  workers: 2,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 15_000 },
  reporter: [["list"], ["json", { outputFile: "test-results/e2e.json" }]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      // Never a downloaded browser: Debian's Chromium, or what npm test found.
      executablePath: process.env.CHROMIUM_PATH || undefined,
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
    },
  },
  webServer: {
    command: `npm start -- -p ${port} -H 127.0.0.1`,
    url: `http://127.0.0.1:${port}/sign-in`,
    timeout: 120_000,
    reuseExistingServer: false,
    stdout: "pipe",
    env: {
      PGLITE_DATA_DIR: process.env.E2E_DATA_DIR,
      AUTH_SECRET: "e2e-secret-e2e-secret-e2e-secret-e2e",
      TANDEM_SEED_DEMO: "true",
      // The specs expect the demo exactly as seeded: no month of demo conversations.
      TANDEM_SEED_HISTORY: "false",
      NEXT_TELEMETRY_DISABLED: "1",
      DATABASE_URL: "",
      // Webhook receivers in the tests listen on 127.0.0.1: allowed by name, as a self-hoster would; everything else internal stays refused.
      OUTBOUND_ALLOW_CIDRS: "127.0.0.1/32",
      // The server sends e-mail to the SMTP sink tests/e2e/global-setup.ts runs on E2E_SMTP_PORT.
      SMTP_URL: `smtp://127.0.0.1:${process.env.E2E_SMTP_PORT}`,
    },
  },
});
