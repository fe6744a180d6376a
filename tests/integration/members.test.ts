import { describe, expect, it } from "vitest";
import { addMember } from "@/server/workspace/add-member";
import { changeMemberRole } from "@/server/workspace/change-member-role";
import { listMembers } from "@/server/workspace/list-members";
import { removeMember } from "@/server/workspace/remove-member";
import { verifyPassword } from "@/server/auth/password";
import { makeWorkspace } from "../helpers/make-workspace";
import { setupTestDatabase } from "../helpers/test-database";

const test = setupTestDatabase();

describe("members", () => {
  it("adds a member with a hashed initial password and lists them", async () => {
    const { workspace } = await makeWorkspace(test.db, [{ name: "Ada", role: "ADMIN" }]);
    const result = await addMember(test.db, workspace.id, {
      name: "Nia",
      email: "nia@example.test",
      role: "AGENT",
      password: "s3cret-pass",
    });
    expect(result.existingAccount).toBe(false);
    const user = await test.db.user.findUniqueOrThrow({ where: { email: "nia@example.test" } });
    expect(user.passwordHash).not.toContain("s3cret-pass");
    expect(await verifyPassword("s3cret-pass", user.passwordHash)).toBe(true);
    const members = await listMembers(test.db, workspace.id);
    expect(members.map((m) => [m.name, m.role])).toEqual([
      ["Ada", "ADMIN"],
      ["Nia", "AGENT"],
    ]);
  });

  it("refuses the same email twice in a workspace, and keeps the existing account's password elsewhere", async () => {
    const one = await makeWorkspace(test.db, [{ name: "Ada", role: "ADMIN" }]);
    const two = await makeWorkspace(test.db, [{ name: "Bo", role: "ADMIN" }]);
    const input = { name: "Nia", email: "nia@example.test", role: "AGENT" as const, password: "first-password" };
    await addMember(test.db, one.workspace.id, input);
    await expect(addMember(test.db, one.workspace.id, input)).rejects.toMatchObject({ code: "CONFLICT" });
    const second = await addMember(test.db, two.workspace.id, { ...input, password: "other-password" });
    expect(second.existingAccount).toBe(true);
    const user = await test.db.user.findUniqueOrThrow({ where: { email: "nia@example.test" } });
    expect(await verifyPassword("first-password", user.passwordHash)).toBe(true);
  });

  it("changes roles but never demotes the last admin", async () => {
    const { workspace, viewers } = await makeWorkspace(test.db, [
      { name: "Ada", role: "ADMIN" },
      { name: "Sam", role: "AGENT" },
    ]);
    const [ada, sam] = viewers;
    await expect(changeMemberRole(test.db, workspace.id, { membershipId: ada!.membershipId, role: "AGENT" })).rejects.toMatchObject({
      code: "CONFLICT",
      message: expect.stringContaining("last admin"),
    });
    await changeMemberRole(test.db, workspace.id, { membershipId: sam!.membershipId, role: "ADMIN" });
    await changeMemberRole(test.db, workspace.id, { membershipId: ada!.membershipId, role: "AGENT" });
    const roles = await test.db.membership.findMany({ where: { workspaceId: workspace.id }, select: { role: true } });
    expect(roles.map((r) => r.role).sort()).toEqual(["ADMIN", "AGENT"]);
  });

  it("two admins demoting each other at once leave one admin", async () => {
    const { workspace, viewers } = await makeWorkspace(test.db, [
      { name: "Ada", role: "ADMIN" },
      { name: "Bo", role: "ADMIN" },
    ]);
    const results = await Promise.allSettled(
      viewers.map((viewer) => changeMemberRole(test.db, workspace.id, { membershipId: viewer.membershipId, role: "AGENT" })),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(await test.db.membership.count({ where: { workspaceId: workspace.id, role: "ADMIN" } })).toBe(1);
  });

  it("removes a member but not the last admin nor yourself, and keeps their account", async () => {
    const { workspace, viewers } = await makeWorkspace(test.db, [
      { name: "Ada", role: "ADMIN" },
      { name: "Sam", role: "AGENT" },
      { name: "Bo", role: "ADMIN" },
    ]);
    const [ada, sam, bo] = viewers;
    await expect(removeMember(test.db, workspace.id, ada!.membershipId, { membershipId: ada!.membershipId })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await removeMember(test.db, workspace.id, ada!.membershipId, { membershipId: sam!.membershipId });
    await removeMember(test.db, workspace.id, ada!.membershipId, { membershipId: bo!.membershipId });
    expect(await test.db.user.count({ where: { id: sam!.userId } })).toBe(1);
    // Ada is now the only admin: another admin (recreated) cannot remove her.
    const {
      viewers: [cy],
    } = await makeWorkspace(test.db, [{ name: "Cy", role: "ADMIN" }]);
    await expect(removeMember(test.db, workspace.id, cy!.membershipId, { membershipId: ada!.membershipId })).rejects.toMatchObject({ code: "CONFLICT" });
    expect((await listMembers(test.db, workspace.id)).map((m) => m.name)).toEqual(["Ada"]);
  });

  it("cannot touch members of another workspace", async () => {
    const mine = await makeWorkspace(test.db, [{ name: "Ada", role: "ADMIN" }]);
    const theirs = await makeWorkspace(test.db, [
      { name: "Eve", role: "ADMIN" },
      { name: "Mo", role: "AGENT" },
    ]);
    const mo = theirs.viewers[1]!;
    await expect(changeMemberRole(test.db, mine.workspace.id, { membershipId: mo.membershipId, role: "ADMIN" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(removeMember(test.db, mine.workspace.id, mine.viewers[0]!.membershipId, { membershipId: mo.membershipId })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    expect(await test.db.membership.findUnique({ where: { id: mo.membershipId } })).toMatchObject({ role: "AGENT" });
  });
});

describe("removing an agent who holds conversations", () => {
  it("puts their assigned conversations back in the queue, so no customer is stranded", async () => {
    const { workspace, viewers } = await makeWorkspace(test.db, [
      { name: "Ada", role: "ADMIN" },
      { name: "Sam", role: "AGENT" },
    ]);
    const [ada, sam] = viewers;
    const flow = await test.db.flow.create({ data: { workspaceId: workspace.id, name: "Help", slug: `help-${workspace.id}`, draft: {} } });
    const version = await test.db.flowVersion.create({ data: { flowId: flow.id, number: 1, document: {} } });
    const conversation = await test.db.conversation.create({
      data: {
        workspaceId: workspace.id,
        flowId: flow.id,
        flowVersionId: version.id,
        status: "ASSIGNED",
        assigneeId: sam!.userId,
        customerTokenHash: `hash-${flow.id}`,
      },
    });
    await removeMember(test.db, workspace.id, ada!.membershipId, { membershipId: sam!.membershipId });
    const after = await test.db.conversation.findUniqueOrThrow({ where: { id: conversation.id } });
    expect(after).toMatchObject({ status: "QUEUED", assigneeId: null });
    expect(after.queuedAt).toBeInstanceOf(Date);
  });
});
