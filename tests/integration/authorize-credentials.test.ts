import { describe, expect, it } from "vitest";
import { authorizeCredentials, TooManyAttempts, type SignInClient } from "@/server/auth/authorize-credentials";
import { loadViewer } from "@/server/auth/load-viewer";
import { SIGN_IN_LIMITS } from "@/server/auth/sign-in-policy";
import { makeWorkspace, TEST_PASSWORD } from "../helpers/make-workspace";
import { setupTestDatabase } from "../helpers/test-database";

const test = setupTestDatabase();

const from = (address: string, userAgent: string | null = "Mozilla/5.0 (test)"): SignInClient => ({ address, userAgent });
const HOME = from("198.51.100.7");
const ATTACKER = from("203.0.113.66", "curl/8.0");
const T0 = new Date("2026-12-01T09:00:00Z");
const at = (seconds: number) => new Date(T0.getTime() + seconds * 1000);
const atMs = (ms: number) => new Date(T0.getTime() + ms);

/** The outcome of one attempt: signed in, wrong, or told to wait (with how long). */
async function attempt(email: string, password: string, client: SignInClient, now = T0) {
  try {
    return (await authorizeCredentials(test.db, { email, password }, client, now)) ? "ok" : "wrong";
  } catch (error) {
    if (error instanceof TooManyAttempts) return `wait ${error.retryAfterSeconds}s`;
    throw error;
  }
}

/** Failed attempts as the sign-in log records them (what many real attempts would have written). */
async function logFailures(count: number, row: (i: number) => { email: string; address: string; createdAt: Date }) {
  await test.db.signInAttempt.createMany({ data: Array.from({ length: count }, (_, i) => ({ ...row(i), userAgent: "bot", succeeded: false })) });
}

async function admin() {
  const { viewers } = await makeWorkspace(test.db, [{ name: "Ada", role: "ADMIN" }]);
  return viewers[0]!;
}

describe("sign-in with email and password", () => {
  it("accepts the right password, whatever the email's case and spaces", async () => {
    const ada = await admin();
    const user = await authorizeCredentials(test.db, { email: `  ${ada.email.toUpperCase()} `, password: TEST_PASSWORD }, HOME);
    expect(user).toEqual({ id: ada.userId, name: "Ada", email: ada.email });
  });

  it.each([
    ["a wrong password", (email: string) => ({ email, password: "wrong" })],
    ["an unknown email", () => ({ email: "nobody@example.test", password: TEST_PASSWORD })],
    ["a malformed email", () => ({ email: "not an email", password: TEST_PASSWORD })],
    ["an empty password", (email: string) => ({ email, password: "" })],
    ["no fields at all", () => ({})],
    ["a non-object", () => "admin"],
  ])("refuses %s", async (_label, build) => {
    const ada = await admin();
    expect(await authorizeCredentials(test.db, build(ada.email), HOME)).toBeNull();
  });

  it("refuses, and stops seeing, someone removed from every workspace", async () => {
    const { viewers } = await makeWorkspace(test.db, [
      { name: "Ada", role: "ADMIN" },
      { name: "Sam", role: "AGENT" },
    ]);
    const sam = viewers[1]!;
    expect(await loadViewer(test.db, sam.userId)).toMatchObject({ role: "AGENT", workspaceId: sam.workspaceId });
    await test.db.membership.delete({ where: { id: sam.membershipId } });
    expect(await authorizeCredentials(test.db, { email: sam.email, password: TEST_PASSWORD }, HOME)).toBeNull();
    expect(await loadViewer(test.db, sam.userId)).toBeNull();
  });

  it("the viewer's role comes from the database, so a demotion applies at once", async () => {
    const { viewers } = await makeWorkspace(test.db, [
      { name: "Ada", role: "ADMIN" },
      { name: "Bo", role: "ADMIN" },
    ]);
    const bo = viewers[1]!;
    await test.db.membership.update({ where: { id: bo.membershipId }, data: { role: "AGENT" } });
    expect(await loadViewer(test.db, bo.userId)).toMatchObject({ role: "AGENT" });
  });
});

describe("sign-in throttle", () => {
  it("an attacker's 50 guesses from one address slow that address down but never lock the owner out at theirs", async () => {
    const ada = await admin();
    expect(await attempt(ada.email, TEST_PASSWORD, HOME, at(-86_400))).toBe("ok"); // Ada signed in from home yesterday

    const outcomes: string[] = [];
    // As fast as a script sends them: one every 50 ms.
    for (let i = 0; i < 50; i++) outcomes.push(await attempt(ada.email, `guess-${i}`, ATTACKER, atMs(i * 50)));
    // Three guesses are checked, then the address must wait longer and longer.
    expect(outcomes.slice(0, 3)).toEqual(["wrong", "wrong", "wrong"]);
    expect(outcomes[3]).toBe("wait 1s");
    expect(outcomes.filter((outcome) => outcome === "wrong")).toHaveLength(4);
    expect(outcomes.at(-1)).toMatch(/^wait \d+s$/);

    // Ada at home, right away: in.
    expect(await attempt(ada.email, TEST_PASSWORD, HOME, at(3))).toBe("ok");
    // The attacker's address still waits, even with the right password.
    expect(await attempt(ada.email, TEST_PASSWORD, ATTACKER, at(3))).toMatch(/^wait \d+s$/);
  });

  it("the delay doubles with each failure at one address and starts again after a success there", async () => {
    const ada = await admin();
    for (let i = 0; i < 3; i++) expect(await attempt(ada.email, "wrong", HOME, at(0))).toBe("wrong");
    let clock = 0;
    for (const wait of [1, 2, 4, 8]) {
      expect(await attempt(ada.email, TEST_PASSWORD, HOME, at(clock))).toBe(`wait ${wait}s`);
      clock += wait;
      expect(await attempt(ada.email, "wrong", HOME, at(clock))).toBe("wrong");
    }
    expect(await attempt(ada.email, TEST_PASSWORD, HOME, at(clock))).toBe("wait 16s");
    expect(await attempt(ada.email, TEST_PASSWORD, HOME, at(clock + 16))).toBe("ok");
    // A success there starts the count again.
    expect(await attempt(ada.email, "typo", HOME, at(clock + 17))).toBe("wrong");
    expect(await attempt(ada.email, TEST_PASSWORD, HOME, at(clock + 17))).toBe("ok");
  });

  it("guesses from many addresses close the e-mail to new addresses, not to one that signed in before", async () => {
    const ada = await admin();
    expect(await attempt(ada.email, TEST_PASSWORD, HOME, at(-3600 * 24 * 30))).toBe("ok");
    // The log holds the guesses of many machines (one checked here for real; the rest written as the log would have them).
    expect(await attempt(ada.email, "guess", from("203.0.113.1"), at(0))).toBe("wrong");
    await logFailures(SIGN_IN_LIMITS.emailCap - 1, (i) => ({ email: ada.email, address: `203.0.113.${i + 2}`, createdAt: at(i + 1) }));
    // A new address waits until the oldest of those guesses is an hour old…
    expect(await attempt(ada.email, TEST_PASSWORD, from("192.0.2.200"), at(60))).toBe(`wait ${3600 - 60}s`);
    // …Ada at home does not.
    expect(await attempt(ada.email, TEST_PASSWORD, HOME, at(60))).toBe("ok");
    expect(await attempt(ada.email, TEST_PASSWORD, from("192.0.2.200"), at(3600))).toBe("ok");
  });

  it("one address spraying many e-mails is capped across them, and other addresses are not", async () => {
    const ada = await admin();
    expect(await attempt("user0@example.test", "Winter2026!", ATTACKER, at(0))).toBe("wrong");
    await logFailures(SIGN_IN_LIMITS.addressCap - 1, (i) => ({ email: `user${i + 1}@example.test`, address: ATTACKER.address, createdAt: at((i + 1) * 10) }));
    expect(await attempt("another@example.test", "Winter2026!", ATTACKER, at(300))).toMatch(/^wait \d+s$/);
    expect(await attempt(ada.email, TEST_PASSWORD, ATTACKER, at(300))).toMatch(/^wait \d+s$/);
    expect(await attempt(ada.email, TEST_PASSWORD, HOME, at(300))).toBe("ok");
  });

  it("a burst of simultaneous guesses checks no more passwords than one after another", async () => {
    const ada = await admin();
    const outcomes = await Promise.all(Array.from({ length: 20 }, (_, i) => attempt(ada.email, `guess-${i}`, ATTACKER)));
    expect(outcomes.filter((outcome) => outcome === "wrong")).toHaveLength(SIGN_IN_LIMITS.freeFailures);
    expect(await test.db.signInAttempt.count()).toBe(SIGN_IN_LIMITS.freeFailures);
  });

  it("logs each password checked with its address, user agent and time — not the attempts refused without a check", async () => {
    const ada = await admin();
    await attempt(ada.email, TEST_PASSWORD, HOME, at(0));
    for (let i = 0; i < 5; i++) await attempt(ada.email, "wrong", ATTACKER, at(1));
    await attempt("ghost@example.test", "x", ATTACKER, at(2));
    const rows = await test.db.signInAttempt.findMany({ orderBy: [{ createdAt: "asc" }, { succeeded: "desc" }], omit: { id: true } });
    expect(rows).toEqual([
      { email: ada.email, address: HOME.address, userAgent: HOME.userAgent, succeeded: true, createdAt: at(0) },
      ...Array(3).fill({ email: ada.email, address: ATTACKER.address, userAgent: "curl/8.0", succeeded: false, createdAt: at(1) }),
      { email: "ghost@example.test", address: ATTACKER.address, userAgent: "curl/8.0", succeeded: false, createdAt: at(2) },
    ]);
  });
});
