import "server-only";
import type { DbClient } from "../db/db-client";
import { DomainError } from "../errors";
import type { UpdateContactInput } from "./contact-schemas";

/**
 * An agent corrects a contact: name, e-mail, attributes. Their open and past
 * conversations keep the name they had; new chats use the new one.
 */
export async function updateContact(db: DbClient, workspaceId: string, input: UpdateContactInput) {
  const { count } = await db.contact.updateMany({
    where: { id: input.contactId, workspaceId },
    data: { name: input.name || null, email: input.email || null, attributes: Object.fromEntries(input.attributes) },
  });
  if (count === 0) throw new DomainError("NOT_FOUND", "This contact does not exist (it may have been deleted).");
  return { contactId: input.contactId };
}
