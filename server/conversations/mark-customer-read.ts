import "server-only";
import { advanceReadSeq } from "./advance-read-seq";
import { markCustomerSeen } from "./mark-customer-seen";
import type { Runtime } from "../runtime/runtime";

/**
 * The customer has seen everything up to `seq`: stored (so the inbox shows
 * "Seen" after a reload too) and, when it moved forward, signalled live to
 * the agents.
 */
export async function markCustomerRead(runtime: Runtime, conversationId: string, seq: number): Promise<void> {
  const read = await advanceReadSeq(runtime.db, conversationId, "customer", seq);
  await markCustomerSeen(runtime, conversationId);
  if (!read?.moved) return;
  await runtime.bus
    .signal(conversationId, { kind: "read", author: "customer", seq: read.seq })
    .catch((error: unknown) => runtime.log("error", "read signal failed", { conversationId, error: String(error) }));
}
