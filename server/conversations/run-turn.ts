import { engineStateSchema } from "../engine/engine-state";
import { turn } from "../engine/turn";
import type { TurnInput } from "../engine/turn-types";
import { DomainError } from "../errors";
import { queueStatus } from "../handoff/queue-status";
import { routeHandoff } from "../handoff/route-handoff";
import { emitTurnWebhooks } from "../notifications/emit-turn-webhooks";
import { appendCustomerMessage } from "./append-customer-message";
import { enginePortsFor } from "./engine-ports-for";
import { loadConversation, type TurnConversation } from "./load-conversation";
import { loadFlowVersion } from "./load-flow-version";
import { publicMessage, publicStatus, type PublicMessage } from "./public-message";
import type { Runtime } from "./runtime";
import { DuplicateMessage, saveTurn, TurnConflict, type SavedTurn } from "./save-turn";
import { teamDirectory } from "./team-names";

const MAX_ATTEMPTS = 10;

export interface TurnResponse {
  status: string;
  messages: PublicMessage[];
  handoff?: { kind: string; reason: string; team: string | null; position: number; estimatedWaitSeconds: number };
}

export type CustomerInput = { text: string; clientMessageId: string; choiceId?: string };

/**
 * Load the conversation, call the engine, save once — retrying when a
 * concurrent turn saved first. While a person owns the conversation the
 * customer's message is stored (and streamed to the inbox) but the bot stays
 * silent. Effects are published after the commit.
 */
export async function runTurn(
  runtime: Runtime,
  conversationId: string,
  input: TurnInput,
  customer: CustomerInput | null,
  preloaded: TurnConversation | null = null,
): Promise<TurnResponse> {
  for (let attempt = 1; ; attempt++) {
    const conversation = (attempt === 1 && preloaded) || (await loadConversation(runtime.db, conversationId));
    if (!conversation) throw new DomainError("NOT_FOUND", "This chat session does not exist.");
    try {
      const saved = await attemptTurn(runtime, conversation, input, customer);
      await emitTurnWebhooks(runtime, conversation.id, saved); // handoff.requested, callback.scheduled (never throws)
      if (!runtime.bus.notifiesFromDatabase) {
        await runtime.bus.publish(conversation.id, saved.lastSeq).catch((error: unknown) => runtime.log("error", "publish failed", { error: String(error) }));
      }
      // A queued conversation gets its priority and, under an automatic policy, an agent (never throws).
      return respond(runtime, conversation, await routeHandoff(runtime, conversation.id, saved));
    } catch (error) {
      if (error instanceof TurnConflict && attempt < MAX_ATTEMPTS) {
        // Another turn of this conversation saved first: back off a little (jittered) and run again on fresh state.
        await new Promise((resolve) => setTimeout(resolve, Math.random() * 5 * attempt));
        continue;
      }
      if (error instanceof DuplicateMessage && customer) return replay(runtime, conversationId, customer.clientMessageId);
      if (error instanceof TurnConflict) {
        throw new DomainError("CONFLICT", "This conversation is busy with other messages; send yours again (same clientMessageId) in a moment.");
      }
      throw error;
    }
  }
}

async function attemptTurn(runtime: Runtime, conversation: TurnConversation, input: TurnInput, customer: CustomerInput | null): Promise<SavedTurn> {
  const now = runtime.now();
  const state = engineStateSchema.parse(conversation.state);
  const humanOwned = conversation.status === "QUEUED" || conversation.status === "ASSIGNED";
  const botOwned = !humanOwned && state.status !== "ended" && conversation.status !== "RESOLVED" && conversation.status !== "ABANDONED";
  if (customer && !humanOwned && !botOwned) {
    throw new DomainError("CONFLICT", "This conversation has ended. Start a new chat to talk to us again.");
  }
  const runEngine = botOwned || input.kind === "human_finished" || input.kind === "hand_back";
  // A person owns the conversation: store the message, no bot turn.
  if (!runEngine && customer) return appendCustomerMessage(runtime.db, conversation.id, customer, now, runtime.bus.notifiesFromDatabase);
  const result = runEngine
    ? await turn(
        await loadFlowVersion(runtime.db, conversation.flowVersionId),
        state,
        input,
        enginePortsFor(runtime, conversation.workspaceId),
        await teamDirectory(runtime.db, runtime.cache, conversation.workspaceId),
      )
    : null;
  return saveTurn(runtime.db, { conversation, customer, result, now, notify: runtime.bus.notifiesFromDatabase });
}

async function respond(runtime: Runtime, before: TurnConversation, saved: SavedTurn): Promise<TurnResponse> {
  const response: TurnResponse = {
    status: publicStatus(saved.status),
    messages: saved.messages.filter((m) => m.author !== "CUSTOMER").map(publicMessage),
  };
  if (saved.handoffId) {
    const [conversation, handoff] = await Promise.all([
      runtime.db.conversation.findUniqueOrThrow({ where: { id: before.id } }),
      runtime.db.handoff.findUniqueOrThrow({ where: { id: saved.handoffId }, include: { team: { select: { name: true } } } }),
    ]);
    const queue = await queueStatus(runtime.db, conversation);
    response.handoff = {
      kind: handoff.kind.toLowerCase(),
      reason: handoff.reason,
      team: handoff.team?.name ?? null,
      position: queue?.position ?? 1,
      estimatedWaitSeconds: queue?.estimatedWaitSeconds ?? 0,
    };
  }
  return response;
}

/** A retried POST: the same answer as the first time (the replies that followed that message), creating nothing. */
async function replay(runtime: Runtime, conversationId: string, clientMessageId: string): Promise<TurnResponse> {
  const [conversation, original] = await Promise.all([
    runtime.db.conversation.findUniqueOrThrow({ where: { id: conversationId } }),
    runtime.db.message.findUniqueOrThrow({ where: { conversationId_clientMessageId: { conversationId, clientMessageId } } }),
  ]);
  const nextCustomer = await runtime.db.message.findFirst({
    where: { conversationId, author: "CUSTOMER", seq: { gt: original.seq } },
    orderBy: { seq: "asc" },
    select: { seq: true },
  });
  const replies = await runtime.db.message.findMany({
    where: { conversationId, seq: { gt: original.seq, ...(nextCustomer ? { lt: nextCustomer.seq } : {}) } },
    orderBy: { seq: "asc" },
  });
  return { status: publicStatus(conversation.status), messages: replies.map(publicMessage) };
}
