import "server-only";
import type { Runtime } from "../runtime/runtime";

/**
 * Tells streams (the customer's and the inbox's) that a conversation changed,
 * after the change committed. Never throws: a lost notification only delays
 * a refresh, since streams always read from the database.
 */
export async function publishChange(runtime: Runtime, conversationId: string, seq: number): Promise<void> {
  await runtime.bus.publish(conversationId, seq).catch((error: unknown) => runtime.log("error", "publish failed", { conversationId, error: String(error) }));
}
