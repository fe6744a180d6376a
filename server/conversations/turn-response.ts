import type { ConversationStatus } from "../db/generated/client";
import { queueStatus } from "../handoff/queue-status";
import { publicMessage, publicStatus, type StoredMessage } from "./public-message";
import type { Runtime } from "../runtime/runtime";
import type { TurnResponse } from "../realtime/stream-events/turn-response-schema";

export type { TurnResponse };

/**
 * What a customer endpoint that ran a turn answers: the status, the messages
 * it wrote other than the customer's own, and — when it queued the
 * conversation — the handoff with the live place in line.
 */
export async function turnResponse(
  runtime: Runtime,
  conversationId: string,
  status: ConversationStatus,
  messages: StoredMessage[],
  handoffId: string | null,
): Promise<TurnResponse> {
  // A customer who left a message for an e-mail reply and writes on: still `awaiting_email` (only queued ones can be).
  const awaitingEmail =
    status === "QUEUED" &&
    !handoffId &&
    (await runtime.db.conversation.findUnique({ where: { id: conversationId }, select: { awaitingEmailReplyAt: true } }))?.awaitingEmailReplyAt != null;
  const response: TurnResponse = {
    status: publicStatus(status, awaitingEmail),
    messages: messages.filter((m) => m.author !== "CUSTOMER").map(publicMessage),
  };
  if (handoffId) {
    const [conversation, handoff] = await Promise.all([
      runtime.db.conversation.findUniqueOrThrow({ where: { id: conversationId } }),
      runtime.db.handoff.findUniqueOrThrow({ where: { id: handoffId }, include: { team: { select: { name: true } } } }),
    ]);
    const queue = await queueStatus(runtime.db, conversation);
    response.handoff = {
      kind: handoff.kind.toLowerCase(),
      reason: handoff.reason,
      team: handoff.team?.name ?? null,
      position: queue?.position ?? 1,
      estimatedWaitSeconds: queue?.estimatedWaitSeconds ?? 0,
    };
  }
  return response;
}
