import "server-only";
import type { PrismaClient } from "../db/generated/client";
import { DomainError } from "../errors";
import { createApiTokenInputSchema } from "./api-token-schemas";
import { createApiToken } from "./create-api-token";

/** `npm run cli -- api-token create`: the same token Settings makes, for the admin with this email (name checked by the same schema). */
export async function createApiTokenForAdmin(db: PrismaClient, input: { email: string; name: string }) {
  const parsed = createApiTokenInputSchema.safeParse({ name: input.name });
  if (!parsed.success) throw new DomainError("BAD_REQUEST", `--name: ${parsed.error.issues[0]!.message}`);
  const membership = await db.membership.findFirst({
    where: { user: { email: input.email.trim().toLowerCase() }, role: "ADMIN" },
    orderBy: { createdAt: "asc" },
    select: { workspaceId: true, userId: true },
  });
  if (!membership) throw new DomainError("NOT_FOUND", `No admin with the email ${input.email}.`);
  return createApiToken(db, membership.workspaceId, membership.userId, parsed.data);
}
