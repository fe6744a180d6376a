import "server-only";
import type { Prisma } from "../db/generated/client";
import { attributesSchema, type Attributes } from "./identity-schemas";

export interface ContactClaim {
  externalId?: string;
  email?: string;
  name?: string;
  attributes?: Attributes;
  verified: boolean;
}

export interface ContactRow {
  id: string;
  externalId: string | null;
  email: string | null;
  name: string | null;
  attributes: Attributes;
}

/** Stored attributes merged with new ones (new win); if together they break the limits, the new ones alone. */
function mergeAttributes(stored: unknown, incoming: Attributes | undefined): Attributes {
  const old = attributesSchema.safeParse(stored);
  const base = old.success ? old.data : new Map();
  if (!incoming) return base;
  const merged = attributesSchema.safeParse(Object.fromEntries([...base, ...incoming]));
  return merged.success ? merged.data : incoming;
}

/**
 * The contact a claim names, created or updated: by the host's id first,
 * else by e-mail — but an e-mail alone never reaches a contact that has an
 * id (anyone can type an address; only the host's id, signed when the
 * workspace verifies, opens a known customer's history).
 */
export async function findOrCreateContact(tx: Prisma.TransactionClient, workspaceId: string, claim: ContactClaim, now: Date): Promise<ContactRow> {
  const byId = claim.externalId ? await tx.contact.findUnique({ where: { workspaceId_externalId: { workspaceId, externalId: claim.externalId } } }) : null;
  const byEmail =
    !byId && claim.email
      ? await tx.contact.findFirst({
          where: { workspaceId, email: claim.email, externalId: null },
          orderBy: { updatedAt: "desc" },
        })
      : null;
  const found = byId ?? byEmail;
  const attributes = mergeAttributes(found?.attributes ?? {}, claim.attributes);
  const data = {
    ...(claim.externalId ? { externalId: claim.externalId } : {}),
    ...(claim.email ? { email: claim.email } : {}),
    ...(claim.name ? { name: claim.name } : {}),
    attributes: Object.fromEntries(attributes),
    lastSeenAt: now,
    ...(claim.verified ? { verified: true } : {}),
  };
  if (found) {
    const row = await tx.contact.update({ where: { id: found.id }, data });
    return { id: row.id, externalId: row.externalId, email: row.email, name: row.name, attributes };
  }
  if (!claim.externalId) {
    const row = await tx.contact.create({ data: { workspaceId, ...data } });
    return { id: row.id, externalId: row.externalId, email: row.email, name: row.name, attributes };
  }
  // ON CONFLICT DO NOTHING: two first chats of one new customer at once both end on the one contact (an aborted insert would abort the transaction).
  await tx.contact.createMany({ data: [{ workspaceId, ...data }], skipDuplicates: true });
  const row = await tx.contact.update({ where: { workspaceId_externalId: { workspaceId, externalId: claim.externalId } }, data });
  return { id: row.id, externalId: row.externalId, email: row.email, name: row.name, attributes };
}
