import { describe, expect, it } from "vitest";
import { resolveTarget } from "@/server/db/resolve-target";
import { parseEnv, seedHistoryEnabled } from "@/server/env-schema";

const secret = "s".repeat(32);

describe("environment validation", () => {
  it("defaults to the embedded database and seeding", () => {
    const env = parseEnv({ AUTH_SECRET: secret });
    expect(env.DATABASE_URL).toBeUndefined();
    expect(env.PGLITE_DATA_DIR).toBe(".data/pglite");
    expect(env.TANDEM_SEED_DEMO).toBe(true);
  });

  it("plays the demo history only under npm run dev (development) unless TANDEM_SEED_HISTORY says otherwise", () => {
    expect(seedHistoryEnabled(parseEnv({ AUTH_SECRET: secret, NODE_ENV: "development" }))).toBe(true);
    expect(seedHistoryEnabled(parseEnv({ AUTH_SECRET: secret, NODE_ENV: "production" }))).toBe(false);
    expect(seedHistoryEnabled(parseEnv({ AUTH_SECRET: secret, NODE_ENV: "test" }))).toBe(false);
    expect(seedHistoryEnabled(parseEnv({ AUTH_SECRET: secret, NODE_ENV: "development", TANDEM_SEED_HISTORY: "false" }))).toBe(false);
    expect(seedHistoryEnabled(parseEnv({ AUTH_SECRET: secret, NODE_ENV: "production", TANDEM_SEED_HISTORY: "true" }))).toBe(true);
    expect(seedHistoryEnabled(parseEnv({ AUTH_SECRET: secret, NODE_ENV: "development", TANDEM_SEED_HISTORY: "" }))).toBe(true);
  });

  it("trusts no proxy unless told, and parses TRUST_PROXY at start", () => {
    expect(parseEnv({ AUTH_SECRET: secret }).TRUST_PROXY).toEqual({ kind: "none" });
    expect(parseEnv({ AUTH_SECRET: secret, TRUST_PROXY: "1" }).TRUST_PROXY).toEqual({ kind: "hops", hops: 1 });
  });

  it("treats empty strings as unset", () => {
    expect(parseEnv({ AUTH_SECRET: secret, DATABASE_URL: "" }).DATABASE_URL).toBeUndefined();
  });

  it("accepts postgres URLs", () => {
    expect(parseEnv({ AUTH_SECRET: secret, DATABASE_URL: "postgresql://u:p@db:5432/tandem" }).DATABASE_URL).toContain("db:5432");
  });

  it("keeps 10 connections per process unless DATABASE_POOL_SIZE says otherwise, and the target carries it", () => {
    expect(resolveTarget(parseEnv({ AUTH_SECRET: secret, DATABASE_URL: "postgresql://u:p@db/t" }))).toEqual({
      kind: "postgres",
      url: "postgresql://u:p@db/t",
      poolSize: 10,
    });
    expect(parseEnv({ AUTH_SECRET: secret, DATABASE_POOL_SIZE: "25" }).DATABASE_POOL_SIZE).toBe(25);
  });

  it.each([
    [{ AUTH_SECRET: secret, DATABASE_POOL_SIZE: "0" }, /DATABASE_POOL_SIZE/],
    [{ AUTH_SECRET: secret, DATABASE_URL: "mysql://x" }, /DATABASE_URL: must be a postgres/],
    [{}, /AUTH_SECRET/],
    [{ AUTH_SECRET: "short" }, /AUTH_SECRET: must be at least 32 characters/],
    [{ AUTH_SECRET: secret, TANDEM_SEED_DEMO: "yes" }, /TANDEM_SEED_DEMO/],
    [{ AUTH_SECRET: secret, TANDEM_SEED_HISTORY: "on" }, /TANDEM_SEED_HISTORY: must be true or false/],
    [{ AUTH_SECRET: secret, TRUST_PROXY: "yes" }, /TRUST_PROXY: "yes" is not a number of proxies/],
  ])("names the bad variable (%o)", (raw, message) => {
    expect(() => parseEnv(raw)).toThrow(message);
  });

  it("reaches public addresses only unless OUTBOUND_ALLOW_PRIVATE or OUTBOUND_ALLOW_CIDRS says otherwise", () => {
    expect(parseEnv({ AUTH_SECRET: secret })).toMatchObject({ OUTBOUND_ALLOW_PRIVATE: false, OUTBOUND_ALLOW_CIDRS: [] });
    expect(parseEnv({ AUTH_SECRET: secret, OUTBOUND_ALLOW_PRIVATE: "true" }).OUTBOUND_ALLOW_PRIVATE).toBe(true);
    expect(parseEnv({ AUTH_SECRET: secret, OUTBOUND_ALLOW_CIDRS: " 10.1.0.0/16, fd00::/8 ,192.168.1.5," }).OUTBOUND_ALLOW_CIDRS).toEqual([
      "10.1.0.0/16",
      "fd00::/8",
      "192.168.1.5",
    ]);
    expect(() => parseEnv({ AUTH_SECRET: secret, OUTBOUND_ALLOW_PRIVATE: "yes" })).toThrow(/OUTBOUND_ALLOW_PRIVATE: must be true or false/);
    expect(() => parseEnv({ AUTH_SECRET: secret, OUTBOUND_ALLOW_CIDRS: "10.0.0.0/8,intranet,10.0.0.0/40" })).toThrow(
      /OUTBOUND_ALLOW_CIDRS: intranet, 10\.0\.0\.0\/40: not an IP address or CIDR block/,
    );
  });
});
