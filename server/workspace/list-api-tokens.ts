import "server-only";
import type { PrismaClient } from "../db/generated/client";
import { apiTokenView, apiTokenViewSelect } from "./api-token-view";
import { MAX_ACTIVE_API_TOKENS } from "./create-api-token";

/** Settings → API tokens: active tokens first (newest first), then revoked ones (latest revoked first), and the limit on active ones. */
export async function listApiTokens(db: PrismaClient, workspaceId: string) {
  const tokens = await db.apiToken.findMany({
    where: { workspaceId },
    orderBy: [{ revokedAt: { sort: "desc", nulls: "first" } }, { createdAt: "desc" }, { id: "asc" }],
    select: apiTokenViewSelect,
  });
  return { tokens: tokens.map(apiTokenView), maxActive: MAX_ACTIVE_API_TOKENS };
}

export type ApiTokenList = Awaited<ReturnType<typeof listApiTokens>>;
