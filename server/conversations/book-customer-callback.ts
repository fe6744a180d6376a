import "server-only";
import { validateAnswer } from "../engine/validate-answer";
import { DomainError } from "../errors";
import { scheduleCallback } from "../handoff/schedule-callback";
import type { BookCallbackInput } from "./end-of-chat-schemas";
import type { TurnConversation } from "./load-conversation";
import { publicMessage, publicStatus, type PublicMessage } from "./public-message";
import type { Runtime } from "../runtime/runtime";

export interface BookCallbackResponse {
  status: string;
  callback: { id: string; dueAt: string };
  messages: PublicMessage[];
}

/**
 * The customer's callback form: books the slot, and answers with the new system line(s) to show at once.
 * Idempotent by what it books: a retry for the same number and time (its answer lost) gets that booking back
 * — before any status check, since the booking itself ended the chat.
 */
export async function bookCustomerCallback(runtime: Runtime, conversation: TurnConversation, input: BookCallbackInput): Promise<BookCallbackResponse> {
  const earlier = await findSameBooking(runtime, conversation.id, input);
  if (earlier) return earlier;
  try {
    const booked = await scheduleCallback(runtime, {
      conversationId: conversation.id,
      phone: input.phone,
      dueAt: new Date(input.startsAt),
      timeZone: input.timeZone ?? null,
      note: input.note ?? null,
      by: { kind: "customer" },
    });
    const messages = await runtime.db.message.findMany({
      where: { conversationId: conversation.id, seq: { gt: conversation.lastSeq } },
      orderBy: { seq: "asc" },
    });
    return { status: booked.status, callback: { id: booked.callbackId, dueAt: booked.dueAt.toISOString() }, messages: messages.map(publicMessage) };
  } catch (error) {
    // The service speaks of dueAt; this endpoint's field is startsAt.
    if (error instanceof DomainError && error.details?.field === "dueAt")
      throw new DomainError(error.code, error.message, { ...error.details, field: "startsAt" });
    throw error;
  }
}

/** A callback this conversation already has for the same number and time, answered as its booking was. */
async function findSameBooking(runtime: Runtime, conversationId: string, input: BookCallbackInput): Promise<BookCallbackResponse | null> {
  const phone = validateAnswer("phone", input.phone);
  const dueAt = new Date(input.startsAt);
  if (typeof phone !== "string" || Number.isNaN(dueAt.getTime())) return null;
  const callback = await runtime.db.callback.findFirst({ where: { conversationId, phone, dueAt }, select: { id: true, dueAt: true } });
  if (!callback) return null;
  const [conversation, lines] = await Promise.all([
    runtime.db.conversation.findUniqueOrThrow({ where: { id: conversationId }, select: { status: true } }),
    runtime.db.message.findMany({
      where: { conversationId, author: "SYSTEM", payload: { path: ["callbackId"], equals: callback.id } },
      orderBy: { seq: "asc" },
    }),
  ]);
  return { status: publicStatus(conversation.status), callback: { id: callback.id, dueAt: callback.dueAt.toISOString() }, messages: lines.map(publicMessage) };
}
