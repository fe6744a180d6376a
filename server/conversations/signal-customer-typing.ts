import "server-only";
import type { TurnConversation } from "./load-conversation";
import { markCustomerSeen } from "./mark-customer-seen";
import type { Runtime } from "../runtime/runtime";

/**
 * Tells the inbox that the customer is (or stopped) typing. Only a person
 * cares, so it is dropped unless the conversation is queued or assigned; it
 * is never stored, and a lost signal only means a missed "is typing…".
 */
export async function signalCustomerTyping(runtime: Runtime, conversation: Pick<TurnConversation, "id" | "status">, typing: boolean): Promise<void> {
  if (conversation.status !== "QUEUED" && conversation.status !== "ASSIGNED") return;
  if (conversation.status === "QUEUED") await markCustomerSeen(runtime, conversation.id);
  await runtime.bus
    .signal(conversation.id, { kind: "typing", author: "customer", name: null, typing })
    .catch((error: unknown) => runtime.log("error", "typing signal failed", { conversationId: conversation.id, error: String(error) }));
}
