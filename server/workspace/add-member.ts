import { hashPassword } from "../auth/password";
import type { PrismaClient } from "../db/generated/client";
import { DomainError } from "../errors";
import type { AddMemberInput } from "./member-schemas";

/**
 * Adds a person to the workspace. A new email gets an account with the
 * initial password; an existing account (from another workspace) keeps its
 * own password, which the admin is told.
 */
export async function addMember(db: PrismaClient, workspaceId: string, input: AddMemberInput) {
  const existing = await db.user.findUnique({
    where: { email: input.email },
    include: { memberships: { where: { workspaceId }, select: { id: true } } },
  });
  if (existing?.memberships.length) {
    throw new DomainError("CONFLICT", `${input.email} is already a member of this workspace.`);
  }
  const user =
    existing ??
    (await db.user.create({
      data: { email: input.email, name: input.name, passwordHash: await hashPassword(input.password) },
    }));
  const membership = await db.membership.create({
    data: { workspaceId, userId: user.id, role: input.role },
  });
  return { membershipId: membership.id, existingAccount: Boolean(existing) };
}
