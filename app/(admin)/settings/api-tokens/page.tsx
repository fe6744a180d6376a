import type { Metadata } from "next";
import { EmptyState } from "@/components/ui/empty-state";
import { requireAdmin } from "@/server/auth/require-viewer";
import { getDb } from "@/server/db";
import { listApiTokens } from "@/server/workspace/list-api-tokens";

export const metadata: Metadata = { title: "API tokens" };

export default async function ApiTokensPage() {
  const viewer = await requireAdmin("/settings/api-tokens");
  const tokens = await listApiTokens(await getDb(), viewer.workspaceId);
  if (tokens.length === 0) {
    return (
      <EmptyState title="No API tokens">
        <p>
          API tokens let scripts and other channels use the public REST API (import, export and publish flows, list
          conversations). Tokens are stored hashed and shown only once, when created.
        </p>
        <p>The public API is not in this version yet, so there is nothing to create tokens for.</p>
      </EmptyState>
    );
  }
  return (
    <ul className="divide-y divide-slate-100 rounded-xl border border-slate-200 bg-white">
      {tokens.map((token) => (
        <li key={token.id} className="flex justify-between px-5 py-3 text-sm">
          <span>
            <span className="font-medium">{token.name}</span> <span className="font-mono text-slate-500">{token.prefix}…</span>
          </span>
          <span className="text-slate-500">
            by {token.createdBy?.name ?? "a removed member"}, {token.createdAt.toLocaleDateString("en-GB")}
          </span>
        </li>
      ))}
    </ul>
  );
}
