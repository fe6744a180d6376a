import { defineConfig } from "@playwright/test";
import base from "./playwright.config";

// Two production servers on one PostgreSQL database (LISTEN/NOTIFY between them):
// npm test runs this after the main end-to-end tests when TEST_DATABASE_URL is set.
const portA = Number(process.env.E2E_PORT ?? 3107) + 10;
const portB = portA + 1;
process.env.E2E_INSTANCE_A = `http://127.0.0.1:${portA}`;
process.env.E2E_INSTANCE_B = `http://127.0.0.1:${portB}`;

export default defineConfig({
  ...base,
  testDir: "tests/e2e/two-instances",
  testIgnore: [],
  workers: 1,
  reporter: [["list"], ["json", { outputFile: "test-results/e2e-instances.json" }]],
  use: { ...base.use, baseURL: process.env.E2E_INSTANCE_A },
  webServer: {
    command: `node tests/e2e/two-instances/start-servers.mjs ${portA} ${portB}`,
    url: `${process.env.E2E_INSTANCE_A}/sign-in`,
    timeout: 240_000,
    reuseExistingServer: false,
    stdout: "pipe",
    env: { AUTH_SECRET: "e2e-secret-e2e-secret-e2e-secret-e2e", NEXT_TELEMETRY_DISABLED: "1", TEST_DATABASE_URL: process.env.TEST_DATABASE_URL ?? "" },
  },
});
