import "server-only";
import type { Runtime } from "../runtime/runtime";
import type { VariableValue } from "../engine/engine-state";
import { withTransaction } from "../db/with-transaction";
import { checkIdentity, type IdentityRefusal } from "./check-identity";
import { contactFacts } from "./contact-facts";
import { customerVariables } from "./customer-variables";
import { findOrCreateContact, type ContactRow } from "./find-or-create-contact";
import type { CustomerIdentity } from "./identity-schemas";
import { loadIdentitySettings } from "./identify-conversation";

/** What a chat's start response says of the identity it was given. */
export type IdentityOutcome = { accepted: true; verified: boolean } | { accepted: false; error: IdentityRefusal };

export interface NewChatIdentity {
  contact: ContactRow | null;
  variables: Map<string, VariableValue>;
  outcome: IdentityOutcome;
}

/**
 * The identity a chat starts with, before its first turn (so the greeting can
 * say `{{customer.name}}`): the contact found or created, and its variables.
 * Refused, it writes nothing and the chat starts anonymously.
 */
export async function identifyNewChat(runtime: Runtime, workspaceId: string, identity: CustomerIdentity): Promise<NewChatIdentity> {
  const check = checkIdentity(await loadIdentitySettings(runtime, workspaceId), identity);
  if (!check.accepted) return { contact: null, variables: new Map(), outcome: { accepted: false, error: { code: check.code, message: check.message } } };
  const now = runtime.now();
  return withTransaction(runtime.db, async (tx) => {
    const contact = await findOrCreateContact(
      tx,
      workspaceId,
      { externalId: identity.id, email: identity.email, name: identity.name, attributes: identity.attributes, verified: check.verified },
      now,
    );
    const variables = customerVariables(await contactFacts(tx, contact, null, now));
    return { contact, variables, outcome: { accepted: true, verified: check.verified } };
  });
}
