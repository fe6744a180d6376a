import "server-only";
import type { Runtime } from "../runtime/runtime";
import { withTransaction } from "../db/with-transaction";
import { contactFacts } from "./contact-facts";
import { customerVariables } from "./customer-variables";
import { findOrCreateContact } from "./find-or-create-contact";
import { linkConversation } from "./link-conversation";

/**
 * The customer typed their e-mail at an Ask step: an anonymous conversation
 * joins the e-mail-only contact with that address (made if none), and the
 * conversation shows the address. A conversation that already has a contact
 * keeps it (the host site's identity wins); it only gains the address.
 * Never throws: the turn is already saved.
 */
export async function linkGivenEmail(runtime: Runtime, conversation: { id: string; workspaceId: string }, email: string): Promise<void> {
  const now = runtime.now();
  await withTransaction(runtime.db, async (tx) => {
    const current = await tx.conversation.findUniqueOrThrow({ where: { id: conversation.id }, select: { contactId: true } });
    if (current.contactId) {
      await tx.conversation.updateMany({ where: { id: conversation.id, customerEmail: null }, data: { customerEmail: email } });
      return;
    }
    const contact = await findOrCreateContact(tx, conversation.workspaceId, { email, verified: false }, now);
    await linkConversation(tx, conversation.id, contact, customerVariables(await contactFacts(tx, contact, conversation.id, now)), now);
  }).catch((error: unknown) => runtime.log("error", "linking a typed e-mail to a contact failed", { conversationId: conversation.id, error: String(error) }));
}
