import "server-only";
import type { Runtime } from "../conversations/runtime";
import { publishChange } from "../handoff/publish-change";
import { withTransaction } from "../handoff/with-transaction";
import { checkIdentity, type IdentityRefusal } from "./check-identity";
import { contactFacts } from "./contact-facts";
import { customerVariables } from "./customer-variables";
import { findOrCreateContact } from "./find-or-create-contact";
import { linkConversation } from "./link-conversation";
import type { CustomerIdentity } from "./identity-schemas";

export type IdentifyResult = { accepted: true; verified: boolean; contactId: string } | ({ accepted: false } & IdentityRefusal);

/** The workspace's identity-verification setting. */
export async function loadIdentitySettings(runtime: Pick<Runtime, "db">, workspaceId: string) {
  return runtime.db.workspace.findUniqueOrThrow({ where: { id: workspaceId }, select: { identityVerification: true, identitySecret: true } });
}

/**
 * The host site says who the customer of a running chat is (Tandem.identify,
 * or the session API). A refused identity writes nothing: the chat goes on
 * anonymously. An accepted one finds or creates the contact and brings this
 * conversation — anonymous until now, or someone else's in this browser
 * before — under it.
 */
export async function identifyConversation(
  runtime: Runtime,
  conversation: { id: string; workspaceId: string; lastSeq: number },
  identity: CustomerIdentity,
): Promise<IdentifyResult> {
  const check = checkIdentity(await loadIdentitySettings(runtime, conversation.workspaceId), identity);
  if (!check.accepted) return check;
  const now = runtime.now();
  const contactId = await withTransaction(runtime.db, async (tx) => {
    const contact = await findOrCreateContact(
      tx,
      conversation.workspaceId,
      { externalId: identity.id, email: identity.email, name: identity.name, attributes: identity.attributes, verified: check.verified },
      now,
    );
    await linkConversation(tx, conversation.id, contact, customerVariables(await contactFacts(tx, contact, conversation.id, now)), now);
    return contact.id;
  });
  await publishChange(runtime, conversation.id, conversation.lastSeq);
  return { accepted: true, verified: check.verified, contactId };
}
