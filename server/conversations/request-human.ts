import { DomainError } from "../errors";
import type { TurnConversation } from "./load-conversation";
import type { Runtime } from "./runtime";
import { runTurn, type TurnResponse } from "./run-turn";

/** The "Talk to a person" button: hands off at once (reason `button`) while the bot owns the conversation. */
export async function requestHuman(runtime: Runtime, conversation: TurnConversation): Promise<TurnResponse> {
  if (conversation.status === "QUEUED" || conversation.status === "ASSIGNED") {
    throw new DomainError("CONFLICT", "You're already waiting for (or talking to) a person.");
  }
  if (conversation.status === "RESOLVED" || conversation.status === "ABANDONED") {
    throw new DomainError("CONFLICT", "This conversation has ended. Start a new chat to talk to us again.");
  }
  return runTurn(runtime, conversation.id, { kind: "handoff_button" }, null, conversation);
}
