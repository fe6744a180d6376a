import "server-only";
import { engineStateSchema } from "../engine/engine-state";
import { withTransaction } from "../db/with-transaction";
import { DomainError } from "../errors";
import type { RateChatInput } from "./end-of-chat-schemas";
import type { TurnConversation } from "./load-conversation";
import type { Runtime } from "../runtime/runtime";

const ENDED = new Set(["RESOLVED", "ABANDONED", "CALLBACK_SCHEDULED"]);

/** Has the chat ended, by the conversation's status or because the bot reached an end node? */
export function chatHasEnded(conversation: Pick<TurnConversation, "status" | "state">): boolean {
  if (ENDED.has(conversation.status)) return true;
  const state = engineStateSchema.safeParse(conversation.state);
  return state.success && state.data.status === "ended";
}

/**
 * The customer's 1–5 rating and comment, once the chat has ended; rating again replaces the earlier one.
 * Idempotent without a key: a retry (the same stars and comment) changes nothing and records no second event.
 */
export async function rateChat(runtime: Runtime, conversation: TurnConversation, input: RateChatInput) {
  if (!chatHasEnded(conversation)) {
    throw new DomainError("CONFLICT", "You can rate this chat once it has ended. Keep chatting — we'll ask for your rating at the end.");
  }
  const comment = input.comment?.trim() || null;
  const now = runtime.now();
  const unchanged = await runtime.db.conversation.count({ where: { id: conversation.id, rating: input.rating, ratingComment: comment } });
  if (unchanged) return { rating: input.rating, comment };
  await withTransaction(
    runtime.db,
    async (tx) => {
      await tx.conversation.update({ where: { id: conversation.id }, data: { rating: input.rating, ratingComment: comment, updatedAt: now } });
      await tx.event.create({
        data: {
          workspaceId: conversation.workspaceId,
          conversationId: conversation.id,
          flowId: conversation.flowId,
          flowVersionId: conversation.flowVersionId,
          type: "conversation.rated",
          data: { rating: input.rating, hasComment: comment !== null },
          createdAt: now,
        },
      });
    },
    { maxWait: 2_000, timeout: 5_000 },
  );
  return { rating: input.rating, comment };
}
