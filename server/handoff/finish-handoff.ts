import "server-only";
import type { Runtime } from "../runtime/runtime";
import { runTurn, type TurnResponse } from "../conversations/run-turn";
import type { HandoffOutcome } from "../db/generated/client";
import type { TurnInput } from "../engine/turn-types";
import { DomainError } from "../errors";
import { publishChange } from "./publish-change";

/**
 * Ends the human part of a conversation through the turn service (the flow
 * continues from the handoff node's exit, or from the hand-back node), then
 * records the outcome on the handoffs that were open before the turn — not
 * on one the turn itself may have opened. Of two finishing at once (two
 * resolves, a resolve and a hand-back), the one that records the outcome
 * wins; the other is told, and its turn changed nothing (the engine only
 * finishes a conversation a person holds).
 */
export async function finishHandoff(
  runtime: Runtime,
  conversationId: string,
  input: Extract<TurnInput, { kind: "human_finished" | "hand_back" }>,
  outcome: HandoffOutcome,
): Promise<TurnResponse> {
  const open = await runtime.db.handoff.findMany({ where: { conversationId, outcome: null }, select: { id: true } });
  const response = await runTurn(runtime, conversationId, input, null);
  const now = runtime.now();
  const recorded = await runtime.db.handoff.updateMany({ where: { id: { in: open.map((h) => h.id) }, outcome: null }, data: { outcome, resolvedAt: now } });
  if (open.length > 0 && recorded.count === 0) {
    throw new DomainError("CONFLICT", "Someone else finished this conversation a moment ago. It is no longer with a person.");
  }
  // queuedAt means "waiting now": clear it unless the turn queued the conversation again.
  await runtime.db.conversation.updateMany({ where: { id: conversationId, status: { not: "QUEUED" } }, data: { queuedAt: null, updatedAt: now } });
  // Again, now that the outcome is recorded: the inbox moves it to Resolved on this one.
  const { lastSeq } = await runtime.db.conversation.findUniqueOrThrow({ where: { id: conversationId }, select: { lastSeq: true } });
  await publishChange(runtime, conversationId, lastSeq);
  return response;
}
