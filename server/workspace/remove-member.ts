import type { PrismaClient } from "../db/generated/client";
import { DomainError } from "../errors";
import { lockAdmins } from "./lock-admins";
import type { RemoveMemberInput } from "./member-schemas";
import { revokeMemberApiTokens } from "./revoke-member-api-tokens";

/**
 * Removes a member from the workspace (their account and past messages stay):
 * their open conversations go back to the queue and the API tokens they made
 * are revoked. Refuses to remove the last admin, or yourself. Returns how
 * many tokens were revoked.
 */
export async function removeMember(db: PrismaClient, workspaceId: string, actingMembershipId: string, input: RemoveMemberInput, now: Date = new Date()) {
  if (input.membershipId === actingMembershipId) {
    throw new DomainError("BAD_REQUEST", "You can't remove yourself. Ask another admin to do it.");
  }
  return db.$transaction(async (tx) => {
    const admins = await lockAdmins(tx, workspaceId);
    const membership = await tx.membership.findFirst({ where: { id: input.membershipId, workspaceId } });
    if (!membership) throw new DomainError("NOT_FOUND", "That member is no longer in this workspace.");
    if (membership.role === "ADMIN" && admins.length <= 1) {
      throw new DomainError("CONFLICT", "This is the workspace's last admin and can't be removed.");
    }
    await tx.conversation.updateMany({
      where: { workspaceId, assigneeId: membership.userId, status: "ASSIGNED" },
      data: { assigneeId: null, status: "QUEUED", queuedAt: now, updatedAt: now },
    });
    const revokedTokens = await revokeMemberApiTokens(tx, workspaceId, membership.userId, now);
    await tx.membership.delete({ where: { id: membership.id } });
    return { revokedTokens };
  });
}
