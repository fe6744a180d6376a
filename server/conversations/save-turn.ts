import { Prisma, type ConversationStatus, type Message, type PrismaClient } from "../db/generated/client";
import type { EngineState } from "../engine/engine-state";
import type { TurnResult } from "../engine/turn-types";
import { botMessagePayload } from "./bot-message-payload";

/** Another turn saved first (the version moved on): reload and run again. */
export class TurnConflict extends Error {}
/** This clientMessageId is already stored: the request is a retry. */
export class DuplicateMessage extends Error {}

export interface SaveTurnInput {
  conversation: { id: string; workspaceId: string; flowId: string; flowVersionId: string; version: number; lastSeq: number; status: ConversationStatus; channel: string };
  customer: { text: string; clientMessageId: string; choiceId?: string } | null;
  result: TurnResult | null;
  now: Date;
}

export interface SavedTurn {
  messages: Message[];
  status: ConversationStatus;
  lastSeq: number;
  handoffId: string | null;
}

/**
 * Saves a turn atomically: the customer's message (unique by clientMessageId),
 * the bot's messages, the engine state, the new status, any handoff or
 * callback, and the analytics events — only if nobody saved a turn since the
 * conversation was read (optimistic version check).
 */
export async function saveTurn(db: PrismaClient, input: SaveTurnInput): Promise<SavedTurn> {
  const { conversation, customer, result, now } = input;
  const handoff = result?.effects.find((effect) => effect.type === "handoff");
  const callback = result?.effects.find((effect) => effect.type === "callback");
  const rating = result?.effects.find((effect) => effect.type === "rating");
  const state = result?.state;
  const status = nextStatus(conversation.status, state, Boolean(handoff), Boolean(callback));

  const rows: { author: "CUSTOMER" | "BOT" | "SYSTEM"; text: string; payload: Prisma.InputJsonValue | typeof Prisma.DbNull; clientMessageId: string | null }[] = [];
  if (customer) {
    rows.push({ author: "CUSTOMER", text: customer.text, payload: customer.choiceId ? { choiceId: customer.choiceId } : Prisma.DbNull, clientMessageId: customer.clientMessageId });
  }
  for (const message of result?.messages ?? []) {
    rows.push({ author: "BOT", text: message.text, payload: botMessagePayload(message), clientMessageId: null });
  }
  if (status !== conversation.status) {
    rows.push({ author: "SYSTEM", text: statusLine(status), payload: { event: "status", status }, clientMessageId: null });
  }
  const lastSeq = conversation.lastSeq + rows.length;

  try {
    return await db.$transaction(async (tx) => {
      const updated = await tx.conversation.updateMany({
        where: { id: conversation.id, version: conversation.version },
        data: {
          version: { increment: 1 },
          lastSeq,
          status,
          ...(state ? { state: state as unknown as Prisma.InputJsonValue, variables: state.variables as Prisma.InputJsonValue } : {}),
          ...(state?.teamId ? { teamId: state.teamId } : {}),
          ...(handoff ? { queuedAt: now } : {}),
          ...(rating?.type === "rating" ? { rating: rating.value } : {}),
          ...(status === "RESOLVED" || status === "CALLBACK_SCHEDULED" ? { closedAt: now } : {}),
        },
      });
      if (updated.count === 0) throw new TurnConflict();
      const messages = rows.length
        ? await tx.message.createManyAndReturn({
            data: rows.map((row, i) => ({ conversationId: conversation.id, seq: conversation.lastSeq + i + 1, ...row })),
          })
        : [];
      let handoffId: string | null = null;
      if (handoff?.type === "handoff") {
        const created = await tx.handoff.create({
          data: {
            workspaceId: conversation.workspaceId,
            conversationId: conversation.id,
            kind: handoff.kind,
            reason: handoff.reason,
            teamId: handoff.teamId,
            nodeId: handoff.nodeId,
            context: {
              ...handoff.context,
              channel: conversation.channel.toLowerCase(),
              transcript: { conversationId: conversation.id, throughSeq: lastSeq },
              introduction: handoff.introduction,
            } as unknown as Prisma.InputJsonValue,
            requestedAt: now,
          },
          select: { id: true },
        });
        handoffId = created.id;
      }
      if (callback?.type === "callback") {
        await tx.callback.create({
          data: {
            workspaceId: conversation.workspaceId,
            conversationId: conversation.id,
            teamId: callback.teamId || null,
            phone: callback.phone,
            dueAt: new Date(callback.dueAt),
            timeZone: callback.timeZone,
          },
        });
      }
      if (result?.events.length) {
        await tx.event.createMany({
          data: result.events.map((event) => ({
            workspaceId: conversation.workspaceId,
            conversationId: conversation.id,
            flowId: conversation.flowId,
            flowVersionId: conversation.flowVersionId,
            nodeId: event.nodeId ?? null,
            type: event.type,
            data: (event.data ?? Prisma.DbNull) as Prisma.InputJsonValue,
            createdAt: now,
          })),
        });
      }
      return { messages, status, lastSeq, handoffId };
    });
  } catch (error) {
    if (error instanceof TurnConflict) throw error;
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      const target = JSON.stringify(error.meta ?? {});
      throw target.includes("clientMessageId") ? new DuplicateMessage() : new TurnConflict();
    }
    throw error;
  }
}

function nextStatus(current: ConversationStatus, state: EngineState | undefined, handoff: boolean, callback: boolean): ConversationStatus {
  if (!state) return current;
  if (handoff) return "QUEUED";
  if (state.status === "ended") return callback || current === "CALLBACK_SCHEDULED" ? "CALLBACK_SCHEDULED" : "RESOLVED";
  if (callback) return "CALLBACK_SCHEDULED";
  if (state.status === "bot" && (current === "QUEUED" || current === "ASSIGNED")) return "BOT";
  return current === "CALLBACK_SCHEDULED" ? current : state.status === "human" ? current : "BOT";
}

function statusLine(status: ConversationStatus): string {
  switch (status) {
    case "QUEUED":
      return "Waiting for a person to join";
    case "ASSIGNED":
      return "A person joined the chat";
    case "CALLBACK_SCHEDULED":
      return "Callback scheduled";
    case "RESOLVED":
      return "Conversation closed";
    case "ABANDONED":
      return "Conversation abandoned";
    case "BOT":
      return "Back with the assistant";
  }
}
