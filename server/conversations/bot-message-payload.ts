import type { BotMessage } from "../engine/turn-types";
import type { MessagePayload } from "../realtime/stream-events/message-payload-schema";

/** What a bot message stores besides its text: where it came from and how the chat renders it. */
export function botMessagePayload(message: BotMessage): MessagePayload {
  return {
    nodeId: message.nodeId,
    ...(message.choices?.length ? { choices: message.choices } : {}),
    ...(message.articles?.length ? { articles: message.articles } : {}),
    ...(message.inputKind ? { inputKind: message.inputKind } : {}),
  };
}
