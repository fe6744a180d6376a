import "server-only";
import type { Prisma } from "../db/generated/client";
import { DomainError } from "../errors";
import { joinMessages } from "./join-messages";
import { lockConversation } from "./lock-conversation";
import { appendInboxMessages } from "./append-inbox-messages";
import { statusRefusal } from "./status-refusal";

export interface AssignInput {
  conversationId: string;
  workspaceId: string;
  agent: { userId: string; name: string };
  now: Date;
  /** Accepting oneself works while away; being given a conversation (transfer, auto-assignment) needs ONLINE. */
  byOther: boolean;
}

/**
 * In the caller's transaction: gives a QUEUED conversation to an agent with
 * room for it. The agent's membership row is locked first (two assignments
 * to one agent cannot both pass the capacity check), then the conversation's
 * (of two concurrent accepts exactly one finds it still QUEUED; the other
 * learns who won). Posts the warm introduction and the joined line, and marks
 * the open handoff accepted. Returns the conversation's new last seq.
 */
export async function assignConversation(tx: Prisma.TransactionClient, input: AssignInput): Promise<number> {
  const { agent, now } = input;
  const [membership] = await tx.$queryRawUnsafe<{ maxConcurrent: number; presence: string }[]>(
    `SELECT "maxConcurrent", "presence"::text AS "presence" FROM "Membership" WHERE "workspaceId" = $1 AND "userId" = $2 FOR UPDATE`,
    input.workspaceId,
    agent.userId,
  );
  if (!membership) throw new DomainError("NOT_FOUND", "That person is not a member of this workspace.");
  if (input.byOther && membership.presence !== "ONLINE") {
    throw new DomainError(
      "CONFLICT",
      `${agent.name} is ${membership.presence.toLowerCase()}, so they can't take this conversation now. Choose someone online.`,
    );
  }
  const conversation = await lockConversation(tx, input.conversationId);
  if (!conversation || conversation.workspaceId !== input.workspaceId) throw new DomainError("NOT_FOUND", "This conversation does not exist.");
  if (conversation.status === "ASSIGNED" && conversation.assigneeId !== agent.userId) {
    const winner = conversation.assigneeId ? await tx.user.findUnique({ where: { id: conversation.assigneeId }, select: { name: true } }) : null;
    const name = winner?.name ?? "Someone";
    throw new DomainError("CONFLICT", `${name} already accepted this conversation.`, { assigneeName: name });
  }
  if (conversation.status === "ASSIGNED") return conversation.lastSeq;
  if (conversation.status !== "QUEUED") throw new DomainError("CONFLICT", statusRefusal(conversation.status));

  const active = await tx.conversation.count({ where: { workspaceId: input.workspaceId, assigneeId: agent.userId, status: "ASSIGNED" } });
  if (active >= membership.maxConcurrent) {
    throw new DomainError(
      "CONFLICT",
      input.byOther
        ? `${agent.name} already has ${active} conversations, their limit. Choose someone else or transfer to a team.`
        : `You already have ${active} conversations, your limit. Resolve or transfer one before accepting another.`,
    );
  }
  const handoff = await tx.handoff.findFirst({
    where: { conversationId: conversation.id, acceptedAt: null, outcome: null },
    orderBy: { requestedAt: "desc" },
    include: { team: { select: { name: true } } },
  });
  const teamName = handoff?.team?.name ?? (conversation.teamId ? (await tx.team.findUnique({ where: { id: conversation.teamId } }))?.name : null) ?? "our team";
  const lastSeq = await appendInboxMessages(tx, conversation, joinMessages(handoff, conversation.variables, agent.name, teamName), now, {
    status: "ASSIGNED",
    assigneeId: agent.userId,
    queuedAt: null,
  });
  if (handoff) await tx.handoff.update({ where: { id: handoff.id }, data: { acceptedAt: now, acceptedById: agent.userId } });
  return lastSeq;
}
