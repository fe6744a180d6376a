import type { listTeams } from "@/server/workspace/list-teams";
import { Badge } from "@/components/ui/badge";
import { formatWeeklySlots } from "./format-weekly-slots";
const policyNames = { MANUAL: "Agents accept from the queue", LEAST_BUSY: "Least busy agent", ROUND_ROBIN: "Round robin" };

/** Read-only view of teams: who is in them, when they are open, how they take conversations. */
export function TeamsList({ teams }: { teams: Awaited<ReturnType<typeof listTeams>> }) {
  return (
    <ul className="grid gap-4 md:grid-cols-2">
      {teams.map((team) => (
        <li key={team.id} className="rounded-xl border border-slate-200 bg-white p-5" aria-label={`Team ${team.name}`}>
          <h2 className="text-base font-semibold">{team.name}</h2>
          <dl className="mt-3 space-y-2 text-sm">
            <div>
              <dt className="text-slate-500">People</dt>
              <dd>{team.members.join(", ") || "Nobody yet"}</dd>
            </div>
            <div>
              <dt className="text-slate-500">Skills and languages</dt>
              <dd className="flex flex-wrap gap-1">
                {[...team.skills, ...team.languages.map((l) => l.toUpperCase())].map((tag) => (
                  <Badge key={tag}>{tag}</Badge>
                ))}
              </dd>
            </div>
            <div>
              <dt className="text-slate-500">Opening hours</dt>
              <dd>
                {team.businessHours ? (
                  <>
                    {formatWeeklySlots(team.businessHours.weeklySlots)}{" "}
                    <span className="text-slate-500">({team.businessHours.timeZone})</span>
                    {team.businessHours.holidays.length ? (
                      <span className="block text-xs text-slate-500">
                        Closed: {team.businessHours.holidays.map((h) => `${h.name} (${h.date})`).join(", ")}
                      </span>
                    ) : null}
                  </>
                ) : (
                  "Always open"
                )}
              </dd>
            </div>
            <div>
              <dt className="text-slate-500">Assignment</dt>
              <dd>
                {policyNames[team.assignmentPolicy]}; after {Math.round(team.maxWaitSeconds / 60)} min without an agent the flow
                offers a callback.
              </dd>
            </div>
          </dl>
        </li>
      ))}
    </ul>
  );
}
