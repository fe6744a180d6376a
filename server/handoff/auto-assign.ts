import "server-only";
import type { Runtime } from "../runtime/runtime";
import type { Prisma } from "../db/generated/client";
import { DomainError } from "../errors";
import { emitAgentWebhook } from "../notifications/emit-agent-webhook";
import { assignConversation } from "./assign-conversation";
import { pickAgent, type Candidate } from "./pick-agent";
import { publishChange } from "./publish-change";
import { withTransaction } from "../db/with-transaction";

/** What became of one assignment: the new last seq, "no_agent" (manual team, or nobody online with room) or "gone" (no longer queued). */
export type AssignOutcome = number | "no_agent" | "gone";

/**
 * Applies the team's assignment policy to one queued conversation. The
 * team's row is locked, so concurrent assignments in one team take turns
 * (the round-robin cursor stays true). Returns the new last seq when someone
 * got it, or why nobody did. Callers serve a team's queue in order through
 * assignTeamQueue.
 */
export async function autoAssign(runtime: Runtime, conversationId: string): Promise<AssignOutcome> {
  const conversation = await runtime.db.conversation.findUnique({ where: { id: conversationId }, select: { status: true, teamId: true, workspaceId: true } });
  if (conversation?.status !== "QUEUED" || !conversation.teamId) return "gone";
  const teamId = conversation.teamId;
  try {
    const lastSeq = await withTransaction(runtime.db, async (tx) => {
      const [team] = await tx.$queryRawUnsafe<{ assignmentPolicy: "MANUAL" | "LEAST_BUSY" | "ROUND_ROBIN"; lastAssignedId: string | null }[]>(
        `SELECT "assignmentPolicy"::text AS "assignmentPolicy", "lastAssignedId" FROM "Team" WHERE "id" = $1 FOR UPDATE`,
        teamId,
      );
      if (!team || team.assignmentPolicy === "MANUAL") return "no_agent" as const;
      const agent = pickAgent(team.assignmentPolicy, await candidates(tx, teamId), team.lastAssignedId);
      if (!agent) return "no_agent" as const;
      const seq = await assignConversation(tx, { conversationId, workspaceId: conversation.workspaceId, agent, now: runtime.now(), byOther: true });
      await tx.team.update({ where: { id: teamId }, data: { lastAssignedId: agent.membershipId } });
      return seq;
    });
    if (typeof lastSeq === "number") {
      await publishChange(runtime, conversationId, lastSeq);
      await emitAgentWebhook(runtime, "handoff.accepted", conversationId);
    }
    return lastSeq;
  } catch (error) {
    // A DomainError: someone accepted it, or the picked agent went offline or filled up, meanwhile.
    if (!(error instanceof DomainError)) runtime.log("error", "auto-assignment failed", { conversationId, error: String(error) });
    return "gone";
  }
}

/** The team's online agents and how many conversations each holds. */
function candidates(tx: Prisma.TransactionClient, teamId: string): Promise<Candidate[]> {
  return tx.$queryRawUnsafe<Candidate[]>(
    `SELECT m."id" AS "membershipId", m."userId", u."name", m."maxConcurrent",
            (SELECT count(*)::int FROM "Conversation" c WHERE c."workspaceId" = m."workspaceId" AND c."assigneeId" = m."userId" AND c."status" = 'ASSIGNED') AS "active"
     FROM "TeamMember" tm JOIN "Membership" m ON m."id" = tm."membershipId" JOIN "User" u ON u."id" = m."userId"
     WHERE tm."teamId" = $1 AND m."presence" = 'ONLINE'`,
    teamId,
  );
}
