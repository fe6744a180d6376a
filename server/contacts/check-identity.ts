import "server-only";
import { identityHashMatches } from "./identity-hash";
import type { CustomerIdentity } from "./identity-schemas";

/** A workspace's identity setting, as stored. */
export interface IdentitySettings {
  identityVerification: boolean;
  identitySecret: string | null;
}

export type IdentityRefusal = { code: "identity_signature_required" | "identity_signature_invalid"; message: string };

export type IdentityCheck = { accepted: true; verified: boolean } | ({ accepted: false } & IdentityRefusal);

/**
 * Whether an identity from the host site may be trusted. With verification
 * off every identity is taken as given (verified: false); with it on, only an
 * id with a valid HMAC-SHA256 — an e-mail or a name alone proves nothing.
 */
export function checkIdentity(settings: IdentitySettings, identity: CustomerIdentity): IdentityCheck {
  if (!settings.identityVerification) return { accepted: true, verified: false };
  if (identity.id === undefined || !identity.userHash) {
    return {
      accepted: false,
      code: "identity_signature_required",
      message: "This workspace verifies identities: send the customer's id with userHash, an HMAC-SHA256 of the id made with the identity secret.",
    };
  }
  if (!settings.identitySecret || !identityHashMatches(settings.identitySecret, identity.id, identity.userHash)) {
    return {
      accepted: false,
      code: "identity_signature_invalid",
      message: "userHash does not match this id: compute HMAC-SHA256 of the id with this workspace's identity secret (Settings → Identity), as hex.",
    };
  }
  return { accepted: true, verified: true };
}
