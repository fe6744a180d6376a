import "server-only";
import type { Runtime } from "../runtime/runtime";
import type { Agent } from "../handoff/agent-scope";
import { STALE_AFTER_MS } from "../jobs/sweep-stale-presence";

/** After the agent's last inbox tab closes, how long until they go offline — unless a tab heartbeats again (a reload, another tab or instance). */
export const OFFLINE_AFTER_LAST_TAB_MS = 45_000;

const openStreams = new Map<string, number>();

/**
 * Counts this process's open inbox streams per agent. When the last one
 * closes, the agent's last heartbeat is moved back so that the stale-presence
 * sweep (server/jobs) takes them offline in 45 s instead of 2 minutes; any
 * heartbeat meanwhile — a reloaded page, a tab on another instance — moves it
 * forward again, so only "all tabs closed" turns presence off. Returns the
 * release for the stream's end.
 */
export function trackOpenInbox(runtime: Runtime, agent: Agent): () => void {
  openStreams.set(agent.membershipId, (openStreams.get(agent.membershipId) ?? 0) + 1);
  let released = false;
  return () => {
    if (released) return;
    released = true;
    const left = (openStreams.get(agent.membershipId) ?? 1) - 1;
    if (left > 0) return void openStreams.set(agent.membershipId, left);
    openStreams.delete(agent.membershipId);
    const backdated = new Date(runtime.now().getTime() - STALE_AFTER_MS + OFFLINE_AFTER_LAST_TAB_MS);
    runtime.db.membership
      .updateMany({ where: { id: agent.membershipId, lastSeenAt: { gt: backdated } }, data: { lastSeenAt: backdated } })
      .catch((error: unknown) => runtime.log("error", "marking the last inbox tab closed failed", { error: String(error) }));
  };
}
