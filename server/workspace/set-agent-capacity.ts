import "server-only";
import type { PrismaClient } from "../db/generated/client";
import { DomainError } from "../errors";
import type { SetAgentCapacityInput } from "./team-schemas";

/**
 * How many conversations the routing gives an agent at once. Lowering it
 * below what they hold takes nothing away; they simply get no more until
 * they are under it.
 */
export async function setAgentCapacity(db: PrismaClient, workspaceId: string, input: SetAgentCapacityInput) {
  const { count } = await db.membership.updateMany({
    where: { id: input.membershipId, workspaceId },
    data: { maxConcurrent: input.maxConcurrent },
  });
  if (count === 0) throw new DomainError("NOT_FOUND", "That member is no longer in this workspace.");
  return { membershipId: input.membershipId, maxConcurrent: input.maxConcurrent };
}
