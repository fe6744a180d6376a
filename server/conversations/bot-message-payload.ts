import type { Prisma } from "../db/generated/client";
import type { BotMessage } from "../engine/turn-types";

/** What a bot message stores besides its text: where it came from and how the chat renders it. */
export function botMessagePayload(message: BotMessage): Prisma.InputJsonValue {
  const payload: Record<string, unknown> = { nodeId: message.nodeId };
  if (message.choices?.length) payload.choices = message.choices;
  if (message.articles?.length) payload.articles = message.articles;
  if (message.inputKind) payload.inputKind = message.inputKind;
  return payload as Prisma.InputJsonValue;
}
