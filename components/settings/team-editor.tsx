"use client";

import { Button } from "@/components/ui/button";
import type { TeamSummary } from "@/server/workspace/list-teams";
import { DeleteTeamButton } from "./delete-team-button";
import { TeamDetailsForm } from "./team-details-form";
import { TeamHoursForm } from "./team-hours-form";
import { TeamMembersForm } from "./team-members-form";
import { TeamRoutingForm } from "./team-routing-form";

/**
 * Everything about one team, a section per concern, each saved on its own:
 * an error in one section keeps what was typed in the others.
 */
export function TeamEditor({ team, onClose, onDeleted }: { team: TeamSummary; onClose: () => void; onDeleted: (name: string) => void }) {
  return (
    <section aria-label={`Editing ${team.name}`} className="mt-4 space-y-6 rounded-lg border border-slate-200 bg-slate-50/60 p-4">
      <div className="flex items-center justify-between">
        <h3 className="text-sm font-semibold uppercase tracking-wide text-slate-500">Edit team</h3>
        <Button variant="ghost" aria-label={`Close the editor of ${team.name}`} onClick={onClose}>
          Done
        </Button>
      </div>
      <TeamDetailsForm team={team} />
      <TeamMembersForm team={team} />
      <TeamHoursForm team={team} />
      <TeamRoutingForm team={team} />
      <DeleteTeamButton team={team} onDeleted={onDeleted} />
    </section>
  );
}
