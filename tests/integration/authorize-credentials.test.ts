import { describe, expect, it } from "vitest";
import { authorizeCredentials, TooManyAttempts } from "@/server/auth/authorize-credentials";
import { SignInThrottle } from "@/server/auth/sign-in-throttle";
import { loadViewer } from "@/server/auth/load-viewer";
import { makeWorkspace, TEST_PASSWORD } from "../helpers/make-workspace";
import { setupTestDatabase } from "../helpers/test-database";

const test = setupTestDatabase();

describe("sign-in with email and password", () => {
  it("accepts the right password, whatever the email's case and spaces", async () => {
    const { viewers } = await makeWorkspace(test.db, [{ name: "Ada", role: "ADMIN" }]);
    const ada = viewers[0]!;
    const user = await authorizeCredentials(test.db, { email: `  ${ada.email.toUpperCase()} `, password: TEST_PASSWORD });
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
    const { viewers } = await makeWorkspace(test.db, [{ name: "Ada", role: "ADMIN" }]);
    expect(await authorizeCredentials(test.db, build(viewers[0]!.email))).toBeNull();
  });

  it("refuses, and stops seeing, someone removed from every workspace", async () => {
    const { viewers } = await makeWorkspace(test.db, [
      { name: "Ada", role: "ADMIN" },
      { name: "Sam", role: "AGENT" },
    ]);
    const sam = viewers[1]!;
    expect(await loadViewer(test.db, sam.userId)).toMatchObject({ role: "AGENT", workspaceId: sam.workspaceId });
    await test.db.membership.delete({ where: { id: sam.membershipId } });
    expect(await authorizeCredentials(test.db, { email: sam.email, password: TEST_PASSWORD })).toBeNull();
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

  it("after too many wrong passwords, even the right one waits", async () => {
    const { viewers } = await makeWorkspace(test.db, [{ name: "Ada", role: "ADMIN" }]);
    const email = viewers[0]!.email;
    const throttle = new SignInThrottle(3, 60_000);
    for (let i = 0; i < 3; i++) expect(await authorizeCredentials(test.db, { email, password: "guess" }, throttle)).toBeNull();
    await expect(authorizeCredentials(test.db, { email, password: TEST_PASSWORD }, throttle)).rejects.toBeInstanceOf(TooManyAttempts);
    expect(await authorizeCredentials(test.db, { email: "other@example.test", password: "x" }, throttle)).toBeNull();
  });
});
