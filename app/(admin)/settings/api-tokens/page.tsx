import type { Metadata } from "next";
import { ApiTokenList } from "@/components/settings/api-token-list";
import { requestOrigin } from "@/server/auth/request-origin";
import { requireAdmin } from "@/server/auth/require-viewer";
import { getDb } from "@/server/db";
import { listApiTokens } from "@/server/workspace/list-api-tokens";

export const metadata: Metadata = { title: "API tokens" };

export default async function ApiTokensPage() {
  const viewer = await requireAdmin("/settings/api-tokens");
  return <ApiTokenList initialData={await listApiTokens(await getDb(), viewer.workspaceId)} serverOrigin={await requestOrigin()} />;
}
