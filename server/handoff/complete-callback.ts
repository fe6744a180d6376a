import "server-only";
import type { Runtime } from "../runtime/runtime";
import { DomainError } from "../errors";
import { agentScope, type Agent } from "./agent-scope";
import { publishChange } from "./publish-change";

/** Marks a pending callback done or missed, by this agent; one already worked is refused, saying how it ended. */
export async function completeCallback(runtime: Runtime, agent: Agent, callbackId: string, status: "DONE" | "MISSED") {
  const callback = await runtime.db.callback.findFirst({ where: { AND: [{ id: callbackId }, (await agentScope(runtime.db, agent)).callbacks] } });
  if (!callback) throw new DomainError("NOT_FOUND", "This callback does not exist or is not in your teams.");
  const updated = await runtime.db.callback.updateMany({
    where: { id: callbackId, status: "PENDING" },
    data: { status, completedAt: runtime.now(), assigneeId: agent.userId },
  });
  if (updated.count === 0) {
    const current = await runtime.db.callback.findUniqueOrThrow({ where: { id: callbackId }, select: { status: true } });
    throw new DomainError("CONFLICT", `This callback is already marked ${current.status.toLowerCase()}.`);
  }
  if (callback.conversationId) {
    // Stamped as a change of the conversation, so a reconnecting inbox finds it by updatedAt.
    const conversation = await runtime.db.conversation.update({
      where: { id: callback.conversationId },
      data: { updatedAt: runtime.now() },
      select: { lastSeq: true },
    });
    await publishChange(runtime, callback.conversationId, conversation.lastSeq);
  }
  return { callbackId, status };
}
