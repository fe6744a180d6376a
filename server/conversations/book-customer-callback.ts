import "server-only";
import { DomainError } from "../errors";
import { scheduleCallback } from "../handoff/schedule-callback";
import type { BookCallbackInput } from "./end-of-chat-schemas";
import type { TurnConversation } from "./load-conversation";
import { publicMessage, type PublicMessage } from "./public-message";
import type { Runtime } from "./runtime";

export interface BookCallbackResponse {
  status: string;
  callback: { id: string; dueAt: string };
  messages: PublicMessage[];
}

/** The customer's callback form: books the slot, and answers with the new system line(s) to show at once. */
export async function bookCustomerCallback(runtime: Runtime, conversation: TurnConversation, input: BookCallbackInput): Promise<BookCallbackResponse> {
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
