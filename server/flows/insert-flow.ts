import "server-only";
import type { Prisma } from "../db/generated/client";
import { constraintNames } from "../db/constraint-names";
import { violatesUnique } from "../db/constraint-of";
import { DomainError } from "../errors";
import { slugify } from "./slugify";
import type { DbClient } from "../db/db-client";

/** A clash of two random 24-bit suffixes is rare; five in a row means something else is wrong. */
const FREE_SLUG_TRIES = 5;

/**
 * Creates a flow row. Slugs are global (the chat link /c/{slug} names no
 * workspace): a slug the caller chose (the API's `slug`) that another flow
 * has — in any workspace — is a CONFLICT naming the field; without one, the
 * name plus a random suffix is tried until one is free, so the builder's
 * create, duplicate and import never fail on a clash they did not choose.
 */
export async function insertFlow(
  db: DbClient,
  data: Omit<Prisma.FlowUncheckedCreateInput, "slug">,
  options: { slug?: string; slugFrom: string },
): Promise<{ id: string; name: string; slug: string }> {
  for (let attempt = 1; ; attempt++) {
    const slug = options.slug ?? slugify(options.slugFrom);
    try {
      return await db.flow.create({ data: { ...data, slug }, select: { id: true, name: true, slug: true } });
    } catch (error) {
      if (!violatesUnique(error, constraintNames.flowSlug)) throw error;
      if (options.slug !== undefined) {
        throw new DomainError("CONFLICT", `The slug "${slug}" is already used by another flow. Choose another, or leave slug out to get a free one.`, {
          field: "slug",
        });
      }
      if (attempt >= FREE_SLUG_TRIES) throw error;
    }
  }
}
