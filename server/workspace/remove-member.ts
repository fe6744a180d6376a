import type { PrismaClient } from "../db/generated/client";
import { DomainError } from "../errors";
import { lockAdmins } from "./lock-admins";
import type { RemoveMemberInput } from "./member-schemas";

/**
 * Removes a member from the workspace (their account and past messages stay).
 * Refuses to remove the last admin, or yourself.
 */
export async function removeMember(
  db: PrismaClient,
  workspaceId: string,
  actingMembershipId: string,
  input: RemoveMemberInput,
) {
  if (input.membershipId === actingMembershipId) {
    throw new DomainError("BAD_REQUEST", "You can't remove yourself. Ask another admin to do it.");
  }
  await db.$transaction(async (tx) => {
    const admins = await lockAdmins(tx, workspaceId);
    const membership = await tx.membership.findFirst({ where: { id: input.membershipId, workspaceId } });
    if (!membership) throw new DomainError("NOT_FOUND", "That member is no longer in this workspace.");
    if (membership.role === "ADMIN" && admins.length <= 1) {
      throw new DomainError("CONFLICT", "This is the workspace's last admin and can't be removed.");
    }
    await tx.conversation.updateMany({
      where: { workspaceId, assigneeId: membership.userId, status: "ASSIGNED" },
      data: { assigneeId: null, status: "QUEUED", queuedAt: new Date() },
    });
    await tx.membership.delete({ where: { id: membership.id } });
  });
}
