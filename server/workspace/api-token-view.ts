import type { ApiToken } from "../db/generated/client";

/** A token as Settings shows it: never the token or its hash, only its first characters. */
export function apiTokenView(token: Omit<ApiToken, "tokenHash" | "workspaceId" | "createdById"> & { createdBy: { name: string } | null }) {
  return {
    id: token.id,
    name: token.name,
    prefix: token.prefix,
    createdByName: token.createdBy?.name ?? null,
    createdAt: token.createdAt,
    lastUsedAt: token.lastUsedAt,
    revokedAt: token.revokedAt,
  };
}

export type ApiTokenView = ReturnType<typeof apiTokenView>;

/** The columns apiTokenView needs: select these, so the hash never leaves the database. */
export const apiTokenViewSelect = {
  id: true,
  name: true,
  prefix: true,
  createdAt: true,
  lastUsedAt: true,
  revokedAt: true,
  createdBy: { select: { name: true } },
} as const;
