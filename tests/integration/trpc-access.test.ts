import { describe, expect, it } from "vitest";
import { callTrpc } from "../helpers/call-trpc";
import { makeWorkspace } from "../helpers/make-workspace";
import { setupTestDatabase } from "../helpers/test-database";

const test = setupTestDatabase();

describe("tRPC access and errors over the fetch adapter", () => {
  it("answers 401 to the signed-out and 403 to agents on admin procedures", async () => {
    const { viewers } = await makeWorkspace(test.db, [
      { name: "Ada", role: "ADMIN" },
      { name: "Sam", role: "AGENT" },
    ]);
    const [ada, sam] = viewers;
    const anonymous = await callTrpc({ db: test.db, viewer: null }, "members.list", undefined, "query");
    expect(anonymous.status).toBe(401);
    expect(anonymous.error?.message).toMatch(/sign in/i);

    for (const [path, input, kind] of [
      ["members.list", undefined, "query"],
      ["members.add", { name: "X", email: "x@example.test", role: "ADMIN", password: "password1" }, "mutation"],
      ["members.changeRole", { membershipId: sam!.membershipId, role: "ADMIN" }, "mutation"],
      ["members.remove", { membershipId: ada!.membershipId }, "mutation"],
    ] as const) {
      const asAgent = await callTrpc({ db: test.db, viewer: sam! }, path, input, kind);
      expect(asAgent.status, path).toBe(403);
      expect(asAgent.error?.data.code, path).toBe("FORBIDDEN");
    }
    // Nothing the agent tried happened.
    expect(await test.db.user.count({ where: { email: "x@example.test" } })).toBe(0);
    expect(await test.db.membership.findUnique({ where: { id: sam!.membershipId } })).toMatchObject({ role: "AGENT" });

    const me = await callTrpc({ db: test.db, viewer: sam! }, "viewer.me", undefined, "query");
    expect(me.status).toBe(200);
    expect(me.data).toMatchObject({ name: "Sam", role: "AGENT" });
  });

  it("answers 400 with per-field messages for invalid input, and creates nothing", async () => {
    const { viewers } = await makeWorkspace(test.db, [{ name: "Ada", role: "ADMIN" }]);
    const result = await callTrpc({ db: test.db, viewer: viewers[0]! }, "members.add", {
      name: "  ",
      email: "not-an-email",
      role: "OWNER",
      password: "short",
    });
    expect(result.status).toBe(400);
    expect(result.error?.data.code).toBe("BAD_REQUEST");
    expect(Object.keys(result.error?.data.fieldErrors ?? {}).sort()).toEqual(["email", "name", "password", "role"]);
    expect(result.error?.data.fieldErrors?.email?.[0]).toMatch(/valid email/);
    expect(await test.db.membership.count()).toBe(1);

    const garbage = await callTrpc({ db: test.db, viewer: viewers[0]! }, "members.remove", "just a string");
    expect(garbage.status).toBe(400);
  });

  it("maps domain errors to their HTTP status with the service's message", async () => {
    const { viewers } = await makeWorkspace(test.db, [{ name: "Ada", role: "ADMIN" }]);
    const ada = viewers[0]!;
    const lastAdmin = await callTrpc({ db: test.db, viewer: ada }, "members.changeRole", { membershipId: ada.membershipId, role: "AGENT" });
    expect(lastAdmin.status).toBe(409);
    expect(lastAdmin.error?.message).toMatch(/last admin/);
    const missing = await callTrpc({ db: test.db, viewer: ada }, "members.changeRole", { membershipId: "nope", role: "AGENT" });
    expect(missing.status).toBe(404);
  });

  it("an unknown procedure is a 404, not a crash", async () => {
    const { viewers } = await makeWorkspace(test.db, [{ name: "Ada", role: "ADMIN" }]);
    const result = await callTrpc({ db: test.db, viewer: viewers[0]! }, "members.explode", {});
    expect(result.status).toBe(404);
  });
});
