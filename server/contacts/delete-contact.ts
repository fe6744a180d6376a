import "server-only";
import type { Viewer } from "../auth/viewer";
import type { DbClient } from "../db/db-client";
import { withTransaction } from "../db/with-transaction";
import { DomainError } from "../errors";
import type { DeleteContactInput } from "./contact-schemas";

/**
 * A data-protection request: the contact and everything of theirs — their
 * conversations with every message, handoff, note, callback (phone number),
 * analytics event and webhook delivery about them — in one transaction. What
 * stays is an audit row with who did it, when, and how much went: no name,
 * e-mail or id of the person.
 */
export async function deleteContact(db: DbClient, actor: Pick<Viewer, "userId" | "email" | "workspaceId">, input: DeleteContactInput, now: Date) {
  return withTransaction(
    db,
    async (tx) => {
      const contact = await tx.contact.findFirst({ where: { id: input.contactId, workspaceId: actor.workspaceId }, select: { id: true } });
      if (!contact) throw new DomainError("NOT_FOUND", "This contact does not exist (it may have been deleted already).");
      const conversations = await tx.conversation.findMany({ where: { contactId: contact.id, workspaceId: actor.workspaceId }, select: { id: true } });
      const ids = conversations.map((row) => row.id);
      const messages = await tx.message.count({ where: { conversationId: { in: ids } } });
      // Callbacks outlive their conversation on purpose (SET NULL); a person's phone number must not.
      const callbacks = await tx.callback.deleteMany({ where: { conversationId: { in: ids } } });
      const deliveries = ids.length
        ? await tx.$executeRawUnsafe(
            `DELETE FROM "WebhookDelivery" WHERE "workspaceId" = $1 AND "payload"->'data'->>'conversationId' = ANY($2::text[])`,
            actor.workspaceId,
            ids,
          )
        : 0;
      // Messages, handoffs, notes, events and chat requests go with their conversation (ON DELETE CASCADE).
      await tx.conversation.deleteMany({ where: { id: { in: ids } } });
      await tx.contact.delete({ where: { id: contact.id } });
      const counts = { conversations: ids.length, messages, callbacks: callbacks.count, webhookDeliveries: deliveries };
      await tx.auditLog.create({
        data: {
          workspaceId: actor.workspaceId,
          actorId: actor.userId,
          actorEmail: actor.email,
          action: "contact.deleted",
          subjectId: contact.id,
          data: counts,
          createdAt: now,
        },
      });
      return { contactId: contact.id, deleted: counts };
    },
    { maxWait: 10_000, timeout: 60_000 },
  );
}
