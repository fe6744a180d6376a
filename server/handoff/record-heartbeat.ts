import "server-only";
import type { Runtime } from "../runtime/runtime";
import type { Agent } from "./agent-scope";

/** The inbox is open (the UI calls this every 30 s); without it for 2 minutes the agent goes offline (server/jobs). */
export async function recordHeartbeat(runtime: Runtime, agent: Agent) {
  await runtime.db.membership.update({ where: { id: agent.membershipId }, data: { lastSeenAt: runtime.now() } });
  return { ok: true as const };
}
