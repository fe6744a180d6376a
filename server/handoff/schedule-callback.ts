import "server-only";
import { callbackTeam } from "../conversations/callback-team";
import { isCallbackSlot } from "../conversations/callback-slots";
import { formatCallbackTime, isTimeZone } from "../conversations/format-callback-time";
import { loadConversation } from "../conversations/load-conversation";
import type { Runtime } from "../runtime/runtime";
import { engineStateSchema } from "../engine/engine-state";
import { validateAnswer } from "../engine/validate-answer";
import { DomainError } from "../errors";
import { conversationEventData } from "../notifications/conversation-event-data";
import { emitWebhookEvent } from "../notifications/emit-webhook-event";
import { appendInboxMessages, type InboxMessage } from "./append-inbox-messages";
import { lockConversation } from "./lock-conversation";
import { publishChange } from "./publish-change";
import { withTransaction } from "../db/with-transaction";

export interface ScheduleCallbackRequest {
  conversationId: string;
  phone: string;
  dueAt: Date;
  /** The zone the time was chosen in (the customer's, or the agent's pick); the team's when null. */
  timeZone: string | null;
  note: string | null;
  by: { kind: "customer" } | { kind: "agent"; userId: string };
}

export interface ScheduledCallback {
  callbackId: string;
  dueAt: Date;
  status: "callback_scheduled";
}

/** Agents may book further ahead than customers, but not absurdly far. */
const AGENT_HORIZON_MS = 366 * 86_400_000;

/**
 * Books a call back to the customer and ends the chat with it: the Callback
 * row (for the conversation's team), the conversation in CALLBACK_SCHEDULED,
 * any open handoff closed as CALLBACK (it leaves the queue; an assigned
 * agent is released), and a system line saying when and where we'll call —
 * all in one transaction. Customers must pick a slot inside the team's
 * business hours; agents any future time. Errors name the field at fault
 * (`details.field`: phone, dueAt, timeZone) so forms can show them in place.
 */
export async function scheduleCallback(runtime: Runtime, input: ScheduleCallbackRequest): Promise<ScheduledCallback> {
  const now = runtime.now();
  const phone = validateAnswer("phone", input.phone);
  if (typeof phone !== "string") {
    throw new DomainError("BAD_REQUEST", "That doesn't look like a phone number. Include the country or area code, e.g. +44 20 7946 0000.", { field: "phone" });
  }
  if (input.timeZone !== null && !isTimeZone(input.timeZone)) {
    throw new DomainError("BAD_REQUEST", `"${input.timeZone}" is not a time zone we know. Use an IANA name such as Europe/London.`, { field: "timeZone" });
  }
  if (Number.isNaN(input.dueAt.getTime())) throw new DomainError("BAD_REQUEST", "Choose a date and time for the call.", { field: "dueAt" });
  if (input.dueAt.getTime() <= now.getTime()) {
    throw new DomainError("BAD_REQUEST", "That time has already passed. Choose a time in the future.", { field: "dueAt" });
  }

  // Read before the transaction: the flow document comes through a cache on the base client.
  const conversation = await loadConversation(runtime.db, input.conversationId);
  if (!conversation) throw new DomainError("NOT_FOUND", "This conversation does not exist.");
  const team = await callbackTeam(runtime.db, conversation);
  if (input.by.kind === "customer" && !isCallbackSlot(team?.hours ?? null, input.dueAt, now)) {
    throw new DomainError(
      "BAD_REQUEST",
      "That time isn't one we can call at — it's outside our opening hours or no longer available. Pick one of the times shown.",
      {
        field: "dueAt",
      },
    );
  }
  if (input.by.kind === "agent" && input.dueAt.getTime() > now.getTime() + AGENT_HORIZON_MS) {
    throw new DomainError("BAD_REQUEST", "Choose a time within the next year.", { field: "dueAt" });
  }
  const timeZone = input.timeZone ?? team?.hours?.timeZone ?? "UTC";
  const when = formatCallbackTime(input.dueAt, timeZone);

  const { callbackId, lastSeq, workspaceId } = await withTransaction(runtime.db, async (tx) => {
    const locked = await lockConversation(tx, input.conversationId);
    if (!locked) throw new DomainError("NOT_FOUND", "This conversation does not exist.");
    if (locked.status === "RESOLVED" || locked.status === "ABANDONED") {
      throw new DomainError("CONFLICT", "This conversation has already ended, so a callback can't be booked from it. Start a new chat to ask for one.");
    }
    const pending = await tx.callback.findFirst({ where: { conversationId: locked.id, status: "PENDING" }, orderBy: { dueAt: "asc" } });
    if (pending) {
      throw new DomainError(
        "CONFLICT",
        `A callback is already booked for ${formatCallbackTime(pending.dueAt, pending.timeZone ?? "UTC")} (${pending.timeZone ?? "UTC"}) to ${pending.phone}.`,
      );
    }
    const callback = await tx.callback.create({
      data: {
        workspaceId: locked.workspaceId,
        conversationId: locked.id,
        teamId: team?.id ?? null,
        phone,
        dueAt: input.dueAt,
        timeZone,
        note: input.note?.trim() || null,
        // An agent who books a call is the natural one to make it.
        assigneeId: input.by.kind === "agent" ? input.by.userId : null,
        createdAt: now,
      },
    });
    await tx.handoff.updateMany({ where: { conversationId: locked.id, outcome: null }, data: { outcome: "CALLBACK", resolvedAt: now } });
    // The chat ends here: the bot stops waiting, and later messages are refused as for any ended chat.
    const state = engineStateSchema.parse(locked.state);
    const variables = { ...state.variables, callback_phone: phone, callback_slot: when, callback_time_zone: timeZone };
    const line: InboxMessage = {
      author: "SYSTEM",
      text: `Callback booked for ${when} (${timeZone}) to ${phone}`,
      payload: {
        event: "status",
        status: "CALLBACK_SCHEDULED",
        change: "callback_scheduled",
        callbackId: callback.id,
        dueAt: input.dueAt.toISOString(),
        timeZone,
      },
    };
    const seq = await appendInboxMessages(tx, locked, [line], now, {
      status: "CALLBACK_SCHEDULED",
      teamId: team?.id ?? locked.teamId,
      assigneeId: null,
      queuedAt: null,
      closedAt: now,
      state: { ...state, status: "ended", waiting: null, variables },
      variables,
    });
    await tx.event.create({
      data: {
        workspaceId: locked.workspaceId,
        conversationId: locked.id,
        flowId: conversation.flowId,
        flowVersionId: conversation.flowVersionId,
        type: "callback.scheduled",
        data: { callbackId: callback.id, by: input.by.kind },
        createdAt: now,
      },
    });
    return { callbackId: callback.id, lastSeq: seq, workspaceId: locked.workspaceId };
  });

  await publishChange(runtime, input.conversationId, lastSeq);
  await emitCallbackScheduled(runtime, workspaceId, input.conversationId, { id: callbackId, phone, dueAt: input.dueAt.toISOString(), timeZone });
  return { callbackId, dueAt: input.dueAt, status: "callback_scheduled" };
}

/** The callback.scheduled webhook, shaped like the one the flow's callback node sends. Never throws. */
async function emitCallbackScheduled(
  runtime: Runtime,
  workspaceId: string,
  conversationId: string,
  callback: { id: string; phone: string; dueAt: string; timeZone: string },
) {
  try {
    const { data } = await conversationEventData(runtime.db, conversationId);
    await emitWebhookEvent(runtime, { workspaceId, type: "callback.scheduled", data: { ...data, callback } });
  } catch (error) {
    runtime.log("error", "webhook event callback.scheduled failed", { conversationId, error: String(error) });
  }
}
