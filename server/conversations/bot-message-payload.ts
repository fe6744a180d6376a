import type { Prisma } from "../db/generated/client";
import type { BotMessage } from "../engine/turn-types";

/** What a bot message stores besides its text: where it came from and how the chat renders it. */
export function botMessagePayload(message: BotMessage): Prisma.InputJsonValue {
  const payload = {
    nodeId: message.nodeId,
    ...(message.choices?.length ? { choices: message.choices } : {}),
    ...(message.articles?.length ? { articles: message.articles } : {}),
    ...(message.inputKind ? { inputKind: message.inputKind } : {}),
  };
  return payload as unknown as Prisma.InputJsonValue;
}
