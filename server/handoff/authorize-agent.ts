import "server-only";
import { DomainError } from "../errors";
import { agentScope, type Agent } from "./agent-scope";
import type { DbClient } from "../db/db-client";

/**
 * The conversation, when the agent may see and act on it (agentScope);
 * otherwise NOT_FOUND, so nobody learns that it exists.
 */
export async function authorizeAgent(db: DbClient, agent: Agent, conversationId: string) {
  const conversation = await db.conversation.findFirst({
    where: { AND: [{ id: conversationId }, (await agentScope(db, agent)).conversations] },
    include: { assignee: { select: { name: true } }, team: { select: { id: true, name: true } } },
  });
  if (!conversation) throw new DomainError("NOT_FOUND", "This conversation does not exist or is not in your teams.");
  return conversation;
}
