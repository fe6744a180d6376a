import "server-only";
import type { DbClient } from "../db/db-client";
import { generateIdentitySecret } from "./generate-identity-secret";
import type { SetIdentityVerificationInput } from "./identity-settings-schemas";

/** Settings → Identity: whether identities must be signed, and whether a secret exists (never the secret itself). */
export async function loadIdentitySettingsView(db: DbClient, workspaceId: string) {
  const row = await db.workspace.findUniqueOrThrow({ where: { id: workspaceId }, select: { identityVerification: true, identitySecret: true } });
  return { enabled: row.identityVerification, hasSecret: row.identitySecret !== null };
}

/** Turns verification on or off; turning it on for the first time makes the secret, returned this once in full. */
export async function setIdentityVerification(db: DbClient, workspaceId: string, input: SetIdentityVerificationInput) {
  const row = await db.workspace.findUniqueOrThrow({ where: { id: workspaceId }, select: { identitySecret: true } });
  const secret = input.enabled && !row.identitySecret ? generateIdentitySecret() : null;
  await db.workspace.update({ where: { id: workspaceId }, data: { identityVerification: input.enabled, ...(secret ? { identitySecret: secret } : {}) } });
  return { enabled: input.enabled, secret };
}

/** A new secret, effective at once (signatures made with the old one are refused from now on); returned this once in full. */
export async function rotateIdentitySecret(db: DbClient, workspaceId: string) {
  const secret = generateIdentitySecret();
  await db.workspace.update({ where: { id: workspaceId }, data: { identitySecret: secret } });
  return { secret };
}
