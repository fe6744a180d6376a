import "server-only";
import type { Runtime } from "../runtime/runtime";
import type { SavedTurn } from "../conversations/save-turn";
import { contextEventFields } from "./context-event-fields";
import { conversationEventData } from "./conversation-event-data";
import { emitWebhookEvent } from "./emit-webhook-event";

/**
 * After a saved turn: `handoff.requested` when it queued the conversation for
 * a person (with the context package and transcript), `callback.scheduled` when the flow's callback node booked a call.
 * Costs nothing on other turns. Never throws.
 */
export async function emitTurnWebhooks(runtime: Runtime, conversationId: string, saved: SavedTurn): Promise<void> {
  if (!saved.handoffId && !saved.callbackId) return;
  try {
    const { workspaceId, data } = await conversationEventData(runtime.db, conversationId);
    if (saved.handoffId) await emitWebhookEvent(runtime, { workspaceId, type: "handoff.requested", data, extra: contextEventFields(runtime, conversationId) });
    if (saved.callbackId) {
      const callback = await runtime.db.callback.findUniqueOrThrow({
        where: { id: saved.callbackId },
        select: { id: true, phone: true, dueAt: true, timeZone: true },
      });
      await emitWebhookEvent(runtime, {
        workspaceId,
        type: "callback.scheduled",
        data: { ...data, callback: { id: callback.id, phone: callback.phone, dueAt: callback.dueAt.toISOString(), timeZone: callback.timeZone } },
      });
    }
  } catch (error) {
    runtime.log("error", "webhook event after a turn failed", { conversationId, error: String(error) });
  }
}
