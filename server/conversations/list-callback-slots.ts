import "server-only";
import { DomainError } from "../errors";
import { callbackTeam } from "./callback-team";
import { listCallbackSlots } from "./callback-slots";
import type { TurnConversation } from "./load-conversation";
import type { Runtime } from "../runtime/runtime";

export interface CallbackSlotsResponse {
  /** Null when the flow names no team (slots are then in UTC, any time of day). */
  team: { name: string; timeZone: string } | null;
  slots: { startsAt: string; endsAt: string }[];
}

/** The times a customer may book a callback at: the next half-hour slots inside the team's business hours. */
export async function listCustomerCallbackSlots(runtime: Runtime, conversation: TurnConversation): Promise<CallbackSlotsResponse> {
  if (conversation.status === "RESOLVED" || conversation.status === "ABANDONED") {
    throw new DomainError("CONFLICT", "This conversation has ended. Start a new chat to ask for a callback.");
  }
  const team = await callbackTeam(runtime.db, conversation);
  const slots = listCallbackSlots(team?.hours ?? null, runtime.now());
  return {
    team: team ? { name: team.name, timeZone: team.hours?.timeZone ?? "UTC" } : null,
    slots: slots.map((slot) => ({ startsAt: slot.startsAt.toISOString(), endsAt: slot.endsAt.toISOString() })),
  };
}
