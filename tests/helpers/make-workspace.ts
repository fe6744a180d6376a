import { randomBytes } from "node:crypto";
import { hashPassword } from "@/server/auth/password";
import type { Viewer } from "@/server/auth/viewer";
import type { PrismaClient } from "@/server/db/generated/client";

export const TEST_PASSWORD = "correct horse battery";

let cachedHash: Promise<string> | undefined;

/**
 * A workspace with the given people, each returned as the Viewer the server
 * would build for them. Emails are unique per call, so several workspaces can
 * live in one database.
 */
export async function makeWorkspace(db: PrismaClient, people: { name: string; role: "ADMIN" | "AGENT" }[]) {
  const tag = randomBytes(4).toString("hex");
  const workspace = await db.workspace.create({ data: { name: `Workspace ${tag}`, slug: `ws-${tag}` } });
  const passwordHash = await (cachedHash ??= hashPassword(TEST_PASSWORD));
  const viewers: Viewer[] = [];
  for (const person of people) {
    const email = `${person.name.toLowerCase().replace(/\W+/g, ".")}.${tag}@example.test`;
    const user = await db.user.create({ data: { email, name: person.name, passwordHash } });
    const membership = await db.membership.create({ data: { workspaceId: workspace.id, userId: user.id, role: person.role } });
    viewers.push({
      userId: user.id,
      name: person.name,
      email,
      membershipId: membership.id,
      role: person.role,
      workspaceId: workspace.id,
      workspaceName: workspace.name,
    });
  }
  return { workspace, viewers };
}
