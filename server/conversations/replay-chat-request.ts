import type { ConversationStatus } from "../db/generated/client";
import type { ChatRequestRecord } from "./request-key";
import type { Runtime } from "../runtime/runtime";
import { turnResponse, type TurnResponse } from "./turn-response";

/**
 * A retried request: the answer the first call gave — the same messages and
 * handoff — creating nothing, whatever happened since (the chat ended, a
 * person took it, it was handed back, the server restarted). The status is
 * the conversation's status now (read with the request, in the same
 * statement), so a client learns where the chat stands.
 */
export async function replayChatRequest(
  runtime: Runtime,
  conversation: { id: string; status: ConversationStatus },
  request: ChatRequestRecord,
): Promise<TurnResponse> {
  const messages = await runtime.db.message.findMany({
    where: { conversationId: conversation.id, seq: { gt: request.afterSeq, lte: request.throughSeq } },
    orderBy: { seq: "asc" },
  });
  return turnResponse(runtime, conversation.id, conversation.status, messages, request.handoffId);
}
