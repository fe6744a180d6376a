import type { ConversationStatus } from "../db/generated/client";
import { DomainError } from "../errors";
import type { Agent } from "./agent-scope";
import { statusRefusal } from "./status-refusal";

interface Handled {
  status: ConversationStatus;
  assigneeId: string | null;
  assignee?: { name: string } | null;
}

/**
 * Resolving, handing back and transferring need the conversation to be with
 * people (queued or assigned); once assigned, an agent acts only on their
 * own conversations — admins on any.
 */
export function assertHandling(conversation: Handled, agent: Agent): void {
  if (conversation.status !== "QUEUED" && conversation.status !== "ASSIGNED") throw new DomainError("CONFLICT", statusRefusal(conversation.status));
  if (conversation.status === "ASSIGNED" && conversation.assigneeId !== agent.userId && agent.role !== "ADMIN") {
    const name = conversation.assignee?.name ?? "Another agent";
    throw new DomainError("CONFLICT", `${name} is handling this conversation. Ask them, or an admin, to transfer it to you.`);
  }
}
