import "server-only";
import type { DbClient } from "../db/db-client";
import { DomainError } from "../errors";
import type { LoadContactInput } from "./contact-schemas";
import { previousConversations } from "./previous-conversations";

/** A contact's page: who they are, every conversation of theirs, and the transcript of the one asked for. */
export async function loadContact(db: DbClient, workspaceId: string, input: LoadContactInput) {
  const contact = await db.contact.findFirst({ where: { id: input.contactId, workspaceId } });
  if (!contact) throw new DomainError("NOT_FOUND", "This contact does not exist (it may have been deleted).");
  const timeline = await previousConversations(db, workspaceId, contact.id, { take: 200 });
  const selected = input.conversationId && timeline.some((row) => row.id === input.conversationId) ? input.conversationId : null;
  const transcript = selected
    ? await db.message.findMany({
        where: { conversationId: selected },
        orderBy: { seq: "asc" },
        take: 1000,
        select: { seq: true, author: true, text: true, createdAt: true, agent: { select: { name: true } } },
      })
    : [];
  return {
    contact: {
      id: contact.id,
      name: contact.name,
      email: contact.email,
      externalId: contact.externalId,
      verified: contact.verified,
      attributes: Object.entries(contact.attributes as Record<string, string | number | boolean>),
      createdAt: contact.createdAt,
      lastSeenAt: contact.lastSeenAt,
    },
    timeline,
    selected: selected
      ? {
          conversationId: selected,
          messages: transcript.map((m) => ({
            seq: m.seq,
            author: m.author.toLowerCase(),
            text: m.text,
            agentName: m.agent?.name ?? null,
            createdAt: m.createdAt,
          })),
        }
      : null,
  };
}
