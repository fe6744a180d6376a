import "server-only";
import { authorizeCustomer } from "../conversations/authorize-customer";
import type { Runtime } from "../runtime/runtime";
import { publishChange } from "../handoff/publish-change";
import { withTransaction } from "../db/with-transaction";
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
  earlier: readonly { sessionId: string; token: string }[] = [],
): Promise<IdentifyResult> {
  const check = checkIdentity(await loadIdentitySettings(runtime, conversation.workspaceId), identity);
  if (!check.accepted) return check;
  const now = runtime.now();
  const joining = await earlierAnonymousChats(runtime, conversation, earlier);
  const contactId = await withTransaction(runtime.db, async (tx) => {
    const contact = await findOrCreateContact(
      tx,
      conversation.workspaceId,
      { externalId: identity.id, email: identity.email, name: identity.name, attributes: identity.attributes, verified: check.verified },
      now,
    );
    for (const id of joining) await linkConversation(tx, id, contact, new Map(), now);
    await linkConversation(tx, conversation.id, contact, customerVariables(await contactFacts(tx, contact, conversation.id, now)), now);
    return contact.id;
  });
  await publishChange(runtime, conversation.id, conversation.lastSeq);
  return { accepted: true, verified: check.verified, contactId };
}

/** The browser's earlier chats that may join: each proved by its own token, of this workspace, and still anonymous. */
async function earlierAnonymousChats(runtime: Runtime, current: { id: string; workspaceId: string }, earlier: readonly { sessionId: string; token: string }[]) {
  const ids: string[] = [];
  for (const session of earlier) {
    if (session.sessionId === current.id) continue;
    const found = await authorizeCustomer(runtime.db, session.sessionId, session.token).catch(() => null);
    if (!found || found.workspaceId !== current.workspaceId) continue;
    const row = await runtime.db.conversation.findUnique({ where: { id: found.id }, select: { contactId: true } });
    if (row && row.contactId === null) ids.push(found.id);
  }
  return ids;
}
