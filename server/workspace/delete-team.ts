import "server-only";
import type { PrismaClient } from "../db/generated/client";
import { DomainError } from "../errors";
import { findFlowsNamingTeam } from "./find-flows-naming-team";
import { findTeam } from "./find-team";
import type { DeleteTeamInput } from "./team-schemas";

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/**
 * Deletes a team nobody depends on. Refused while conversations wait in its
 * queue, are assigned through it or have a callback booked with it, or while
 * a published flow sends customers to it — those would lose their team.
 * Its business hours go with it unless another team shares them.
 */
export async function deleteTeam(db: PrismaClient, workspaceId: string, input: DeleteTeamInput) {
  return db.$transaction(async (tx) => {
    const team = await findTeam(tx, workspaceId, input.teamId);
    // Routing locks the team row while it assigns (auto-assign.ts): wait for it, and hold it off.
    await tx.$queryRaw`SELECT "id" FROM "Team" WHERE "id" = ${team.id} FOR UPDATE`;
    const conversations = await tx.conversation.count({ where: { teamId: team.id, status: { in: ["QUEUED", "ASSIGNED", "CALLBACK_SCHEDULED"] } } });
    const callbacks = await tx.callback.count({ where: { teamId: team.id, status: "PENDING" } });
    const flows = await findFlowsNamingTeam(tx, workspaceId, team.id);
    const reasons = [
      conversations ? `${plural(conversations, "conversation is", "conversations are")} queued, assigned or waiting for a callback in it` : null,
      callbacks ? `${plural(callbacks, "callback is", "callbacks are")} still due` : null,
      flows.length
        ? `the published ${flows.length === 1 ? "flow" : "flows"} ${flows.map((name) => `"${name}"`).join(", ")} ${flows.length === 1 ? "sends" : "send"} customers to it`
        : null,
    ].filter(Boolean);
    if (reasons.length) {
      const fixes = [
        conversations || callbacks ? "resolve or transfer its conversations and callbacks" : null,
        flows.length ? "choose another team in those flows and publish them" : null,
      ].filter(Boolean);
      throw new DomainError("CONFLICT", `${team.name} can't be deleted yet: ${reasons.join("; ")}. First ${fixes.join(", and ")}.`, {
        conversations,
        callbacks,
        flows: flows.length,
      });
    }
    await tx.team.delete({ where: { id: team.id } });
    if (team.businessHoursId && (await tx.team.count({ where: { businessHoursId: team.businessHoursId } })) === 0) {
      await tx.businessHours.delete({ where: { id: team.businessHoursId } });
    }
    return { teamId: team.id, name: team.name };
  });
}
