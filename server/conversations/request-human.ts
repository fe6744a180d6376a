import type { TurnConversation } from "./load-conversation";
import type { Runtime } from "../runtime/runtime";
import { runTurn, type TurnResponse } from "./run-turn";

/**
 * The "Talk to a person" button: hands off at once (reason `button`) while the bot owns the conversation.
 * With a clientRequestId, a retried press answers what the first one did, in any later state.
 */
export async function requestHuman(runtime: Runtime, conversation: TurnConversation, clientRequestId?: string): Promise<TurnResponse> {
  const request = clientRequestId ? { kind: "handoff" as const, key: clientRequestId } : null;
  return runTurn(runtime, conversation.id, { kind: "handoff_button" }, null, conversation, request);
}
