import "server-only";
import type { DbClient } from "../db/db-client";
import { previousConversations } from "./previous-conversations";

/** What the inbox's context panel shows of the person behind a conversation; null while they are anonymous. */
export async function loadContactCard(db: DbClient, workspaceId: string, conversation: { id: string; contactId: string | null }) {
  if (!conversation.contactId) return null;
  const contact = await db.contact.findFirst({ where: { id: conversation.contactId, workspaceId } });
  if (!contact) return null;
  return {
    id: contact.id,
    name: contact.name,
    email: contact.email,
    externalId: contact.externalId,
    verified: contact.verified,
    attributes: Object.entries(contact.attributes as Record<string, string | number | boolean>),
    previous: await previousConversations(db, workspaceId, contact.id, { exceptId: conversation.id, take: 10 }),
  };
}
