import { engineStateSchema } from "../engine/engine-state";
import type { CustomerMessageInput } from "./chat-input-schemas";
import type { TurnConversation } from "./load-conversation";
import type { Runtime } from "../runtime/runtime";
import { runTurn, type TurnResponse } from "./run-turn";

/** A customer message (typed, or a pressed choice shown by its label), idempotent by clientMessageId. */
export async function postCustomerMessage(runtime: Runtime, conversation: TurnConversation, input: CustomerMessageInput): Promise<TurnResponse> {
  if ("text" in input) {
    return runTurn(runtime, conversation.id, { kind: "message", text: input.text }, { text: input.text, clientMessageId: input.clientMessageId }, conversation);
  }
  const state = engineStateSchema.safeParse(conversation.state);
  const label = state.success ? state.data.waiting?.choices.find((choice) => choice.id === input.choice)?.label : undefined;
  return runTurn(
    runtime,
    conversation.id,
    { kind: "choice", choiceId: input.choice },
    { text: label ?? input.choice, clientMessageId: input.clientMessageId, choiceId: input.choice },
    conversation,
  );
}
