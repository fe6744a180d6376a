import "server-only";
import { generateApiToken } from "../auth/generate-api-token";
import type { PrismaClient } from "../db/generated/client";
import { DomainError } from "../errors";
import type { CreateApiTokenInput } from "./api-token-schemas";
import { apiTokenView, apiTokenViewSelect } from "./api-token-view";

/** Active (not revoked) tokens a workspace may hold: enough for every script, few enough to review. */
export const MAX_ACTIVE_API_TOKENS = 50;

/**
 * A new workspace API token made by `createdById` (Settings and the CLI both
 * come here). The token is returned this once in full; only its hash and
 * prefix are stored. The count and the insert run under a per-workspace lock,
 * so two admins creating at once cannot pass the limit.
 */
export async function createApiToken(db: PrismaClient, workspaceId: string, createdById: string, input: CreateApiTokenInput) {
  const { token, tokenHash, prefix } = generateApiToken();
  const created = await db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`api-tokens:${workspaceId}`}, 0))`;
    if ((await tx.apiToken.count({ where: { workspaceId, revokedAt: null } })) >= MAX_ACTIVE_API_TOKENS) {
      throw new DomainError(
        "CONFLICT",
        `This workspace already has ${MAX_ACTIVE_API_TOKENS} active API tokens, the most it can have. Revoke one that is no longer used, then create the new one.`,
      );
    }
    return tx.apiToken.create({ data: { workspaceId, name: input.name, tokenHash, prefix, createdById }, select: apiTokenViewSelect });
  });
  return { token: apiTokenView(created), secret: token };
}
