import type { PrismaClient } from "../db/generated/client";
import { DomainError } from "../errors";
import { lockAdmins } from "./lock-admins";
import type { ChangeMemberRoleInput } from "./member-schemas";

/** Makes a member an admin or an agent; the last admin stays an admin. */
export async function changeMemberRole(db: PrismaClient, workspaceId: string, input: ChangeMemberRoleInput) {
  return db.$transaction(async (tx) => {
    const admins = await lockAdmins(tx, workspaceId);
    const membership = await tx.membership.findFirst({ where: { id: input.membershipId, workspaceId } });
    if (!membership) throw new DomainError("NOT_FOUND", "That member is no longer in this workspace.");
    if (membership.role === input.role) return membership;
    if (membership.role === "ADMIN" && admins.length <= 1) {
      throw new DomainError("CONFLICT", "This is the workspace's last admin. Make someone else an admin first.");
    }
    return tx.membership.update({ where: { id: membership.id }, data: { role: input.role } });
  });
}
