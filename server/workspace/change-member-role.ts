import type { PrismaClient } from "../db/generated/client";
import { DomainError } from "../errors";
import { lockAdmins } from "./lock-admins";
import type { ChangeMemberRoleInput } from "./member-schemas";
import { revokeMemberApiTokens } from "./revoke-member-api-tokens";

/**
 * Makes a member an admin or an agent; the last admin stays an admin. An
 * admin made an agent loses the API tokens they made (agents can't hold any);
 * the result says how many.
 */
export async function changeMemberRole(db: PrismaClient, workspaceId: string, input: ChangeMemberRoleInput, now: Date = new Date()) {
  return db.$transaction(async (tx) => {
    const admins = await lockAdmins(tx, workspaceId);
    const membership = await tx.membership.findFirst({ where: { id: input.membershipId, workspaceId } });
    if (!membership) throw new DomainError("NOT_FOUND", "That member is no longer in this workspace.");
    if (membership.role === input.role) return { ...membership, revokedTokens: 0 };
    if (membership.role === "ADMIN" && admins.length <= 1) {
      throw new DomainError("CONFLICT", "This is the workspace's last admin. Make someone else an admin first.");
    }
    const revokedTokens = input.role === "AGENT" ? await revokeMemberApiTokens(tx, workspaceId, membership.userId, now) : 0;
    return { ...(await tx.membership.update({ where: { id: membership.id }, data: { role: input.role } })), revokedTokens };
  });
}
