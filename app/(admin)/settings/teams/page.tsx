import type { Metadata } from "next";
import { TeamsList } from "@/components/settings/teams-list";
import { requireAdmin } from "@/server/auth/require-viewer";
import { getDb } from "@/server/db";
import { listTeams } from "@/server/workspace/list-teams";

export const metadata: Metadata = { title: "Teams" };

export default async function TeamsPage() {
  const viewer = await requireAdmin("/settings/teams");
  return <TeamsList initialTeams={await listTeams(await getDb(), viewer.workspaceId)} />;
}
