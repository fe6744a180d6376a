import type { Metadata } from "next";
import { TeamsList } from "@/components/settings/teams-list";
import { Alert } from "@/components/ui/alert";
import { requireAdmin } from "@/server/auth/require-viewer";
import { getDb } from "@/server/db";
import { listTeams } from "@/server/workspace/list-teams";

export const metadata: Metadata = { title: "Teams" };

export default async function TeamsPage() {
  const viewer = await requireAdmin("/settings/teams");
  const teams = await listTeams(await getDb(), viewer.workspaceId);
  return (
    <div className="space-y-4">
      <Alert>Teams are shown read-only for now; editing teams, hours and routing comes with the inbox.</Alert>
      <TeamsList teams={teams} />
    </div>
  );
}
