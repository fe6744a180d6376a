import { createHash, randomBytes } from "node:crypto";
import type { PrismaClient } from "../db/generated/client";
import { DomainError } from "../errors";

const hash = (token: string) => createHash("sha256").update(token).digest("hex");

/** Creates a workspace API token for an admin; the token is returned once and stored hashed. */
export async function createApiToken(db: PrismaClient, input: { email: string; name: string }) {
  const membership = await db.membership.findFirst({
    where: { user: { email: input.email.trim().toLowerCase() }, role: "ADMIN" },
    select: { workspaceId: true, userId: true },
  });
  if (!membership) throw new DomainError("NOT_FOUND", `No admin with the email ${input.email}.`);
  const token = `tdm_${randomBytes(32).toString("base64url")}`;
  await db.apiToken.create({
    data: { workspaceId: membership.workspaceId, name: input.name, tokenHash: hash(token), prefix: token.slice(0, 8), createdById: membership.userId },
  });
  return token;
}

/** The workspace of a (non-revoked) API token, or an UNAUTHORIZED error. */
export async function verifyApiToken(db: PrismaClient, token: string | null) {
  if (!token?.startsWith("tdm_")) throw new DomainError("UNAUTHORIZED", "Send a workspace API token as 'Authorization: Bearer tdm_…'.");
  const row = await db.apiToken.findUnique({ where: { tokenHash: hash(token) }, select: { id: true, workspaceId: true, revokedAt: true, createdById: true } });
  if (!row || row.revokedAt) throw new DomainError("UNAUTHORIZED", "This API token is unknown or revoked.");
  await db.apiToken.update({ where: { id: row.id }, data: { lastUsedAt: new Date() } });
  return { workspaceId: row.workspaceId, userId: row.createdById };
}
