import "server-only";
import type { Prisma } from "../db/generated/client";
import type { ContactFacts } from "./customer-variables";
import type { ContactRow } from "./find-or-create-contact";

const DAY_MS = 24 * 60 * 60 * 1000;

/** A contact's flow facts: who they are, how many earlier chats they had, and when one last needed a person. */
export async function contactFacts(tx: Prisma.TransactionClient, contact: ContactRow, currentConversationId: string | null, now: Date): Promise<ContactFacts> {
  const others = { contactId: contact.id, ...(currentConversationId ? { NOT: { id: currentConversationId } } : {}) };
  const [previousConversations, lastHandoff] = await Promise.all([
    tx.conversation.count({ where: others }),
    tx.handoff.findFirst({ where: { conversation: others, reason: { not: "transfer" } }, orderBy: { requestedAt: "desc" }, select: { requestedAt: true } }),
  ]);
  return {
    externalId: contact.externalId,
    email: contact.email,
    name: contact.name,
    attributes: contact.attributes,
    previousConversations,
    daysSincePerson: lastHandoff ? Math.max(0, Math.floor((now.getTime() - lastHandoff.requestedAt.getTime()) / DAY_MS)) : null,
  };
}
