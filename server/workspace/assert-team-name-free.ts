import "server-only";
import type { Prisma } from "../db/generated/client";
import { DomainError } from "../errors";

/** The refusal for a name in use; `field` lets the form show it under the name. */
export const teamNameTaken = (name: string) => new DomainError("CONFLICT", `A team called "${name}" already exists. Choose another name.`, { field: "name" });

/**
 * Refuses a name another team of the workspace has, ignoring case (the
 * database's unique index is case-sensitive; "billing" next to "Billing"
 * would only confuse agents choosing where to transfer).
 */
export async function assertTeamNameFree(db: Prisma.TransactionClient, workspaceId: string, name: string, exceptTeamId?: string) {
  const clash = await db.team.findFirst({
    where: { workspaceId, name: { equals: name, mode: "insensitive" }, ...(exceptTeamId ? { id: { not: exceptTeamId } } : {}) },
    select: { name: true },
  });
  if (clash) throw teamNameTaken(clash.name);
}
