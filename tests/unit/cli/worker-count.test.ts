import { describe, expect, it } from "vitest";
import { workerCount } from "@/server/cli/worker-count.mjs";

const PG = "postgresql://tandem@db/tandem";

describe("workerCount (npm start's cluster size)", () => {
  it.each([
    { env: { DATABASE_URL: PG }, cores: 8, count: 8, note: false },
    { env: { DATABASE_URL: PG, WEB_CONCURRENCY: "3" }, cores: 8, count: 3, note: false },
    { env: { DATABASE_URL: PG, WEB_CONCURRENCY: "1" }, cores: 8, count: 1, note: false },
    { env: { DATABASE_URL: PG, WEB_CONCURRENCY: " 12 " }, cores: 2, count: 12, note: false },
    { env: { DATABASE_URL: PG, WEB_CONCURRENCY: "0" }, cores: 4, count: 4, note: true },
    { env: { DATABASE_URL: PG, WEB_CONCURRENCY: "lots" }, cores: 4, count: 4, note: true },
    { env: {}, cores: 8, count: 1, note: false },
    { env: { DATABASE_URL: "" }, cores: 8, count: 1, note: false },
    { env: { WEB_CONCURRENCY: "4" }, cores: 8, count: 1, note: true },
    { env: { WEB_CONCURRENCY: "1" }, cores: 8, count: 1, note: false },
  ])("$env on $cores cores → $count", ({ env, cores, count, note }) => {
    const result = workerCount(env, cores);
    expect(result.count).toBe(count);
    expect(result.note !== null).toBe(note);
  });
});
