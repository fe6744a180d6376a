import "server-only";
import type { DbClient } from "../db/db-client";
import type { ListContactsInput } from "./contact-schemas";

const PAGE = 50;

/** The Contacts page: the workspace's contacts, most recently seen first, filtered by name, e-mail or the host's id. */
export async function listContacts(db: DbClient, workspaceId: string, input: ListContactsInput) {
  const q = input.search;
  const rows = await db.contact.findMany({
    where: {
      workspaceId,
      ...(q
        ? {
            OR: [
              { name: { contains: q, mode: "insensitive" } },
              { email: { contains: q, mode: "insensitive" } },
              { externalId: { contains: q, mode: "insensitive" } },
            ],
          }
        : {}),
    },
    orderBy: [{ lastSeenAt: { sort: "desc", nulls: "last" } }, { createdAt: "desc" }],
    take: PAGE + 1,
    select: { id: true, name: true, email: true, externalId: true, verified: true, lastSeenAt: true, _count: { select: { conversations: true } } },
  });
  return {
    contacts: rows.slice(0, PAGE).map(({ _count, ...row }) => ({ ...row, conversations: _count.conversations })),
    more: rows.length > PAGE,
  };
}
