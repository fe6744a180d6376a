import type { PrismaClient } from "../db/generated/client";
import type { Viewer } from "./viewer";

/**
 * Looks up who a user is in their workspace. A user removed from every
 * workspace gets null, so their still-valid session cookie opens nothing.
 * With several workspaces, the oldest membership is the current one.
 */
export async function loadViewer(db: PrismaClient, userId: string): Promise<Viewer | null> {
  const membership = await db.membership.findFirst({
    where: { userId },
    orderBy: { createdAt: "asc" },
    include: { user: true, workspace: true },
  });
  if (!membership) return null;
  return {
    userId,
    name: membership.user.name,
    email: membership.user.email,
    membershipId: membership.id,
    role: membership.role,
    workspaceId: membership.workspaceId,
    workspaceName: membership.workspace.name,
  };
}
