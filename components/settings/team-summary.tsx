import { Badge } from "@/components/ui/badge";
import type { TeamSummary as Team } from "@/server/workspace/list-teams";
import { assignmentPolicies } from "./assignment-policies";
import { formatWeeklySlots } from "./format-weekly-slots";

const minutes = (seconds: number) => (seconds < 90 ? `${seconds} s` : `${Math.round(seconds / 60)} min`);

/** What a team is at a glance: people, tags, opening hours and how it assigns. */
export function TeamSummary({ team }: { team: Team }) {
  const policy = assignmentPolicies.find((p) => p.value === team.assignmentPolicy)!;
  return (
    <dl className="mt-3 space-y-2 text-sm">
      <div>
        <dt className="text-slate-500">People</dt>
        <dd>{team.members.map((member) => member.name).join(", ") || "Nobody yet"}</dd>
      </div>
      <div>
        <dt className="text-slate-500">Skills and languages</dt>
        <dd className="flex flex-wrap gap-1">
          {[...team.skills, ...team.languages.map((l) => l.toUpperCase())].map((tag) => (
            <Badge key={tag}>{tag}</Badge>
          ))}
          {team.skills.length + team.languages.length === 0 ? "None" : null}
        </dd>
      </div>
      <div>
        <dt className="text-slate-500">Opening hours</dt>
        <dd data-testid="team-hours">
          {team.businessHours ? (
            <>
              {formatWeeklySlots(team.businessHours.weeklySlots)} <span className="text-slate-500">({team.businessHours.timeZone})</span>
              {team.businessHours.holidays.length ? (
                <span className="block text-xs text-slate-500">Closed: {team.businessHours.holidays.map((h) => `${h.name} (${h.date})`).join(", ")}</span>
              ) : null}
            </>
          ) : (
            "Always open"
          )}
        </dd>
      </div>
      <div>
        <dt className="text-slate-500">Assignment</dt>
        <dd data-testid="team-routing">
          {policy.label} — {policy.explanation.replace(/\.$/, "").toLowerCase()}. After {minutes(team.maxWaitSeconds)} without an agent the flow takes the
          handoff&apos;s No agent exit, usually a callback.
        </dd>
      </div>
    </dl>
  );
}
