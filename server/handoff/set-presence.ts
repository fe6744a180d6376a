import "server-only";
import type { Runtime } from "../runtime/runtime";
import type { Presence } from "../db/generated/client";
import { workspaceTopic } from "../realtime/workspace-topic";
import type { Agent } from "./agent-scope";
import { publishChange } from "./publish-change";
import { requeueUnanswered } from "./requeue-unanswered";

/** Online, away or offline, as the agent sets it; going offline hands back what they have not answered yet. */
export async function setPresence(runtime: Runtime, agent: Agent, presence: Presence) {
  await runtime.db.membership.update({ where: { id: agent.membershipId }, data: { presence, lastSeenAt: runtime.now() } });
  await publishChange(runtime, workspaceTopic(agent.workspaceId), 0);
  if (presence === "OFFLINE") await requeueUnanswered(runtime, agent.workspaceId, agent.userId);
  return { presence };
}
