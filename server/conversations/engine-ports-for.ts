import type { EnginePorts } from "../engine/ports";
import { nextCallbackSlots } from "../handoff/business-hours";
import { hoursOf, teamAvailability } from "../handoff/team-availability";
import type { Runtime } from "../runtime/runtime";
import { searchKnowledge } from "./search-knowledge";

/** The engine's ports, backed by the database of one workspace. */
export function enginePortsFor(runtime: Runtime, workspaceId: string): EnginePorts {
  const now = runtime.now();
  let id = 0;
  return {
    nlu: runtime.nlu,
    llm: runtime.llm,
    knowledge: { search: (query, options) => searchKnowledge(runtime.db, workspaceId, query, options) },
    availability: {
      // Presence and load change by the second; a one-second-old answer is fine for routing.
      team: (teamId) => runtime.cache.get(`availability:${teamId}`, 1_000, () => teamAvailability(runtime.db, workspaceId, teamId, now)),
      callbackSlots: async (teamId, count) => {
        const team = await runtime.cache.get(`hours:${teamId}`, 30_000, () =>
          runtime.db.team.findFirst({ where: { id: teamId, workspaceId }, include: { businessHours: true } }),
        );
        return nextCallbackSlots(team ? hoursOf(team) : null, now, count);
      },
    },
    http: runtime.http,
    clock: { now: () => now },
    ids: { next: () => `${now.getTime().toString(36)}-${++id}` },
    log: runtime.log,
  };
}
