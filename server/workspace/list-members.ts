import type { PrismaClient } from "../db/generated/client";

/** Everyone in the workspace with their role and teams, admins first. */
export async function listMembers(db: PrismaClient, workspaceId: string) {
  const memberships = await db.membership.findMany({
    where: { workspaceId },
    include: {
      user: { select: { name: true, email: true } },
      teams: { select: { team: { select: { id: true, name: true } } } },
    },
    orderBy: [{ role: "asc" }, { createdAt: "asc" }],
  });
  return memberships.map((m) => ({
    membershipId: m.id,
    userId: m.userId,
    name: m.user.name,
    email: m.user.email,
    role: m.role,
    maxConcurrent: m.maxConcurrent,
    teams: m.teams.map((t) => t.team),
    createdAt: m.createdAt,
  }));
}
