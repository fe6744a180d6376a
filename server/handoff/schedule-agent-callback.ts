import "server-only";
import type { Runtime } from "../runtime/runtime";
import type { Agent } from "./agent-scope";
import { assertHandling } from "./assert-handling";
import { authorizeAgent } from "./authorize-agent";
import type { ScheduleCallbackInput } from "./inbox-schemas";
import { scheduleCallback } from "./schedule-callback";

/**
 * An agent books a callback from the inbox: only on a conversation of their
 * teams that is with people (queued, or assigned to them — admins: any), like
 * a transfer. The booking itself is the shared callback service's.
 */
export async function scheduleAgentCallback(runtime: Runtime, agent: Agent, input: ScheduleCallbackInput) {
  const conversation = await authorizeAgent(runtime.db, agent, input.conversationId);
  assertHandling(conversation, agent);
  return scheduleCallback(runtime, { ...input, by: { kind: "agent", userId: agent.userId } });
}
