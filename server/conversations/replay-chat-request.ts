import type { ChatRequestRecord } from "./find-chat-request";
import type { Runtime } from "../runtime/runtime";
import { turnResponse, type TurnResponse } from "./turn-response";

/**
 * A retried request: the answer the first call gave — the same messages and
 * handoff — creating nothing, whatever happened since (the chat ended, a
 * person took it, it was handed back, the server restarted). The status is
 * the conversation's status now, so a client learns where the chat stands.
 */
export async function replayChatRequest(runtime: Runtime, conversationId: string, request: ChatRequestRecord): Promise<TurnResponse> {
  const [conversation, messages] = await Promise.all([
    runtime.db.conversation.findUniqueOrThrow({ where: { id: conversationId }, select: { status: true } }),
    runtime.db.message.findMany({
      where: { conversationId, seq: { gt: request.afterSeq, lte: request.throughSeq } },
      orderBy: { seq: "asc" },
    }),
  ]);
  return turnResponse(runtime, conversationId, conversation.status, messages, request.handoffId);
}
