import "server-only";
import type { Prisma } from "../db/generated/client";
import { engineStateSchema } from "../engine/engine-state";
import { DomainError } from "../errors";
import type { Agent } from "./agent-scope";
import { appendInboxMessages, type InboxMessage } from "./append-inbox-messages";
import { assertHandling } from "./assert-handling";
import { isOpen } from "./business-hours";
import { lockConversation } from "./lock-conversation";
import { hoursOf } from "./team-availability";
import { reopenHandoff } from "./reopen-handoff";

/** In the caller's transaction: back to QUEUED for another team (open, with someone online). Returns the new last seq. */
export async function transferToTeam(tx: Prisma.TransactionClient, agent: Agent, conversationId: string, teamId: string, now: Date): Promise<number> {
  const team = await tx.team.findFirst({ where: { id: teamId, workspaceId: agent.workspaceId }, include: { businessHours: true } });
  if (!team) throw new DomainError("NOT_FOUND", "That team no longer exists.");
  if (!isOpen(hoursOf(team), now))
    throw new DomainError("CONFLICT", `${team.name} is closed right now. Choose another team, or offer the customer a callback.`);
  const online = await tx.teamMember.count({ where: { teamId, membership: { presence: "ONLINE" } } });
  if (online === 0) throw new DomainError("CONFLICT", `Nobody in ${team.name} is online right now. Choose another team or an agent who is online.`);

  const conversation = await lockConversation(tx, conversationId);
  if (!conversation) throw new DomainError("NOT_FOUND", "This conversation does not exist.");
  const assignee = conversation.assigneeId ? await tx.user.findUnique({ where: { id: conversation.assigneeId }, select: { name: true } }) : null;
  assertHandling({ ...conversation, assignee }, agent);
  await reopenHandoff(tx, conversationId, teamId, conversation.priority, now);
  // The engine follows the new team too (its no_agent path, {{team_name}}).
  const state = engineStateSchema.parse(conversation.state);
  const next = { ...state, teamId, variables: { ...state.variables, team_name: team.name } };
  const line: InboxMessage = { author: "SYSTEM", text: `Transferred to ${team.name}`, payload: { event: "status", status: "QUEUED", change: "transferred" } };
  return appendInboxMessages(tx, conversation, [line], now, { status: "QUEUED", teamId, assigneeId: null, queuedAt: now, state: next });
}
