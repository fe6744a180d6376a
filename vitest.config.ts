import path from "node:path";
import { defineConfig } from "vitest/config";

const root = import.meta.dirname;
const resolve = {
  alias: {
    "@": root,
    // Next's guard against client bundles; tests run server code directly.
    "server-only": path.join(root, "tests/helpers/empty-module.ts"),
  },
};

/** Signs the session cookies integration tests send (tests/helpers/session-cookie.ts). */
const TEST_AUTH_SECRET = "integration-secret-integration-secret";

const integration = (kind: "pglite" | "postgres") => ({
  resolve,
  test: {
    name: `integration-${kind}`,
    include: ["tests/integration/**/*.test.ts"],
    exclude: kind === "postgres" ? [] : ["tests/integration/**/*.postgres.test.ts"],
    env: { TEST_DB_KIND: kind, AUTH_SECRET: TEST_AUTH_SECRET },
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});

/**
 * The API contract suite once more, over HTTP against the production server's direct path
 * (tests/helpers/api-harness.ts, API_TRANSPORT=direct): the route files and `npm start` must
 * answer every one of these the same way.
 */
const API_CONTRACT = [
  "chat-api",
  "chat-api-stream",
  "chat-live-events",
  "callbacks-and-rating",
  "rate-limits",
  "api-errors",
  "api-tokens",
  "workspace-api",
  "inbox-events",
  "fuzz-api",
  "transcript-email",
  "email-follow-up",
  "inbound-email",
  "webhooks-context",
].map((name) => `tests/integration/${name}.test.ts`);

const apiDirect = (kind: "pglite" | "postgres") => ({
  resolve,
  test: {
    name: `api-direct-${kind}`,
    include: API_CONTRACT,
    env: { TEST_DB_KIND: kind, AUTH_SECRET: TEST_AUTH_SECRET, API_TRANSPORT: "direct" },
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});

export default defineConfig({
  test: {
    projects: [
      {
        resolve,
        test: { name: "unit", include: ["server/**/*.test.ts", "tests/unit/**/*.test.ts"] },
      },
      integration("pglite"),
      apiDirect("pglite"),
      // PostgreSQL runs only where a server is given (npm test / .ci/run set it).
      ...(process.env.TEST_DATABASE_URL ? [integration("postgres"), apiDirect("postgres")] : []),
    ],
  },
});
