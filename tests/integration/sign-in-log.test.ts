import { describe, expect, it } from "vitest";
import { authorizeCredentials } from "@/server/auth/authorize-credentials";
import type { Viewer } from "@/server/auth/viewer";
import { sweepSignInAttempts } from "@/server/jobs/sweep-sign-in-attempts";
import type { Runtime } from "@/server/runtime/runtime";
import { callTrpc } from "../helpers/call-trpc";
import { makeWorkspace, TEST_PASSWORD } from "../helpers/make-workspace";
import { setupTestDatabase } from "../helpers/test-database";

const test = setupTestDatabase();

const HOME = { address: "198.51.100.7", userAgent: "Mozilla/5.0 (home)" };
const minutesAgo = (minutes: number) => new Date(Date.now() - minutes * 60_000);
const signIn = (email: string, password: string, address: string, now: Date) =>
  authorizeCredentials(test.db, { email, password }, { address, userAgent: "test" }, now).catch((error: unknown) => error);

async function workspace() {
  const { viewers } = await makeWorkspace(test.db, [
    { name: "Ada", role: "ADMIN" },
    { name: "Sam", role: "AGENT" },
  ]);
  return { ada: viewers[0]!, sam: viewers[1]! };
}

/**
 * Sam signed in at home two days ago; since then 14 wrong passwords as Sam from 3 other addresses, 10 minutes
 * apart (the first checked for real, the rest written to the log as those attempts would have), and one 25 h ago.
 */
async function guessedAt(sam: Viewer) {
  expect(await signIn(sam.email, TEST_PASSWORD, HOME.address, minutesAgo(48 * 60))).toMatchObject({ id: sam.userId });
  expect(await signIn(sam.email, "guess 0", "203.0.113.1", minutesAgo(150))).toBeNull();
  await test.db.signInAttempt.createMany({
    data: [
      { email: sam.email, address: "192.0.2.1", createdAt: minutesAgo(25 * 60) },
      ...Array.from({ length: 13 }, (_, i) => ({ email: sam.email, address: `203.0.113.${((i + 1) % 3) + 1}`, createdAt: minutesAgo(140 - i * 10) })),
    ],
  });
}

describe("the sign-in log, as admins and members see it", () => {
  it("Settings → Members lists failed sign-ins as members of this workspace in the last 24 h", async () => {
    const { ada, sam } = await workspace();
    const other = await makeWorkspace(test.db, [{ name: "Zed", role: "ADMIN" }]);
    await guessedAt(sam);
    await signIn(other.viewers[0]!.email, "guess", "203.0.113.9", minutesAgo(5));
    await signIn("nobody@example.test", "guess", "203.0.113.9", minutesAgo(5));
    await signIn(ada.email, TEST_PASSWORD, HOME.address, minutesAgo(1));

    const alerts = await callTrpc({ db: test.db, viewer: ada }, "members.signInAlerts", undefined, "query");
    expect(alerts.status).toBe(200);
    expect(alerts.data).toEqual([
      { membershipId: sam.membershipId, name: "Sam", email: sam.email, failures: 14, addresses: 3, lastFailureAt: expect.any(Date) },
    ]);
    const last = (alerts.data as { lastFailureAt: Date }[])[0]!.lastFailureAt;
    expect(Math.abs(last.getTime() - minutesAgo(20).getTime())).toBeLessThan(60_000);

    // The other workspace's admin sees their own member only; agents see nothing.
    const theirs = await callTrpc({ db: test.db, viewer: other.viewers[0]! }, "members.signInAlerts", undefined, "query");
    expect(theirs.data).toEqual([expect.objectContaining({ email: other.viewers[0]!.email, failures: 1, addresses: 1 })]);
    const asAgent = await callTrpc({ db: test.db, viewer: sam }, "members.signInAlerts", undefined, "query");
    expect(asAgent.status).toBe(403);
  });

  it("the member is told at their next sign-in — not about their own typos on the way in — and only then", async () => {
    const { sam } = await workspace();
    await guessedAt(sam);
    const notice = () => callTrpc({ db: test.db, viewer: sam }, "viewer.signInNotice", undefined, "query").then((r) => r.data);

    expect(await signIn(sam.email, "typo at home", HOME.address, minutesAgo(2))).toBeNull();
    expect(await signIn(sam.email, TEST_PASSWORD, HOME.address, minutesAgo(1))).toMatchObject({ id: sam.userId });
    expect(await notice()).toEqual({ id: expect.any(String), failures: 15, addresses: 4, lastFailureAt: expect.any(Date) });

    // The next sign-in, with nothing in between: nothing to tell.
    expect(await signIn(sam.email, TEST_PASSWORD, HOME.address, minutesAgo(0))).toMatchObject({ id: sam.userId });
    expect(await notice()).toBeNull();
  });

  it("attempts older than 90 days are deleted by the sweep", async () => {
    const { sam } = await workspace();
    const now = new Date("2026-12-01T12:00:00Z");
    const daysAgo = (days: number) => new Date(now.getTime() - days * 86_400_000);
    await test.db.signInAttempt.createMany({
      data: [91, 90.5, 89, 1].map((days) => ({ email: sam.email, address: HOME.address, succeeded: true, createdAt: daysAgo(days) })),
    });
    const runtime = { db: test.db } as Runtime;
    expect(await sweepSignInAttempts(runtime, now)).toBe(2);
    expect((await test.db.signInAttempt.findMany({ orderBy: { createdAt: "asc" } })).map((row) => row.createdAt)).toEqual([daysAgo(89), daysAgo(1)]);
    expect(await sweepSignInAttempts(runtime, now)).toBe(0);
  });
});
