import { engineStateSchema, type EngineState } from "../engine/engine-state";
import { turn } from "../engine/turn";
import type { TurnInput } from "../engine/turn-types";
import { linkGivenEmail } from "../contacts/link-given-email";
import { DomainError } from "../errors";
import { routeHandoff } from "../handoff/route-handoff";
import { emitTurnWebhooks } from "../notifications/emit-turn-webhooks";
import { appendCustomerMessage } from "./append-customer-message";
import { enginePortsFor } from "./engine-ports-for";
import { loadConversation, type TurnConversation } from "./load-conversation";
import { loadFlowVersion } from "./load-flow-version";
import { replayChatRequest } from "./replay-chat-request";
import { sameRequestKey, type RequestKey } from "./request-key";
import type { Runtime } from "../runtime/runtime";
import { turnMark } from "../runtime/turn-mark";
import { DuplicateRequest, saveTurn, TurnConflict, type SavedTurn } from "./save-turn";
import { teamDirectory } from "./team-names";
import { turnResponse, type TurnResponse } from "./turn-response";

export type { TurnResponse } from "./turn-response";

const MAX_ATTEMPTS = 10;

export type CustomerInput = { text: string; clientMessageId: string; choiceId?: string };

/**
 * Load the conversation, call the engine, save once — retrying when a
 * concurrent turn saved first. While a person owns the conversation the
 * customer's message is stored (and streamed to the inbox) but the bot stays
 * silent. Effects are published after the commit.
 *
 * A request with an idempotency key (the customer's clientMessageId, or
 * `request` for the handoff button) that was made before is answered from
 * what it wrote, before any status check and before the engine runs (its
 * HTTP steps must not run twice): in every state, for the conversation's life.
 * The key is looked up with the conversation, in one statement; a conversation
 * preloaded for this key (authorizeCustomer) saves the round trip.
 */
export async function runTurn(
  runtime: Runtime,
  conversationId: string,
  input: TurnInput,
  customer: CustomerInput | null,
  preloaded: TurnConversation | null = null,
  request: RequestKey | null = null,
): Promise<TurnResponse> {
  const key: RequestKey | null = customer ? { kind: "message", key: customer.clientMessageId } : request;
  for (let attempt = 1; ; attempt++) {
    const conversation =
      attempt === 1 && preloaded && (!key || sameRequestKey(preloaded.request?.key ?? null, key))
        ? preloaded
        : await loadConversation(runtime.db, conversationId, key);
    if (!conversation) throw new DomainError("NOT_FOUND", "This chat session does not exist.");
    const earlier = key ? conversation.request?.earlier : null;
    if (earlier) return replayChatRequest(runtime, conversation, earlier);
    try {
      const saved = await attemptTurn(runtime, conversation, input, customer, key);
      if (saved.givenEmail) await linkGivenEmail(runtime, conversation, saved.givenEmail); // never throws
      await emitTurnWebhooks(runtime, conversation.id, saved); // handoff.requested, callback.scheduled (never throws)
      if (!runtime.bus.notifiesFromDatabase) {
        await runtime.bus.publish(conversation.id, saved.lastSeq).catch((error: unknown) => runtime.log("error", "publish failed", { error: String(error) }));
      }
      // A queued conversation gets its priority and, under an automatic policy, an agent (never throws).
      const routed = await routeHandoff(runtime, conversation.id, saved);
      if (key && routed.lastSeq > saved.lastSeq) await recordJoinedLines(runtime, conversation.id, key, routed.lastSeq);
      turnMark("after-save");
      const response = await turnResponse(runtime, conversation.id, routed.status, routed.messages, routed.handoffId);
      turnMark("response");
      return response;
    } catch (error) {
      // A concurrent turn saved first (or a concurrent duplicate stored this key): run again on fresh state.
      const retry = error instanceof TurnConflict || (error instanceof DuplicateRequest && key);
      if (retry && attempt < MAX_ATTEMPTS) {
        // Back off a little (jittered) so racing turns of one conversation spread out.
        await new Promise((resolve) => setTimeout(resolve, Math.random() * 5 * attempt));
        continue;
      }
      if (retry) {
        throw new DomainError("CONFLICT", "This conversation is busy with other messages; send yours again (same clientMessageId) in a moment.");
      }
      throw error;
    }
  }
}

async function attemptTurn(
  runtime: Runtime,
  conversation: TurnConversation,
  input: TurnInput,
  customer: CustomerInput | null,
  request: RequestKey | null,
): Promise<SavedTurn> {
  const now = runtime.now();
  const state = engineStateSchema.parse(conversation.state);
  const humanOwned = conversation.status === "QUEUED" || conversation.status === "ASSIGNED";
  const botOwned = !humanOwned && state.status !== "ended" && conversation.status !== "RESOLVED" && conversation.status !== "ABANDONED";
  refuseIfClosed(conversation, state, input, customer !== null);
  const runEngine = botOwned || input.kind === "human_finished" || input.kind === "hand_back";
  // A person owns the conversation: store the message, no bot turn.
  if (!runEngine && customer) return appendCustomerMessage(runtime.db, conversation.id, customer, now, runtime.bus.notifiesFromDatabase);
  const result = runEngine ? await runEngineTurn(runtime, conversation, state, input) : null;
  const saved = await saveTurn(runtime.db, { conversation, customer, request, result, now, notify: runtime.bus.notifiesFromDatabase });
  turnMark("save");
  const email = result?.effects.find((effect) => effect.type === "email_given");
  return email?.type === "email_given" ? { ...saved, givenEmail: email.email } : saved;
}

async function runEngineTurn(runtime: Runtime, conversation: TurnConversation, state: EngineState, input: TurnInput) {
  const flow = await loadFlowVersion(runtime.db, conversation.flowVersionId);
  const teams = await teamDirectory(runtime.db, runtime.cache, conversation.workspaceId);
  turnMark("flow");
  const result = await turn(flow, state, input, enginePortsFor(runtime, conversation.workspaceId), teams);
  turnMark("engine");
  return result;
}

/** The customer's own requests that make no sense in the conversation's state (asked after a replay was ruled out). */
function refuseIfClosed(conversation: TurnConversation, state: EngineState, input: TurnInput, fromCustomer: boolean) {
  const humanOwned = conversation.status === "QUEUED" || conversation.status === "ASSIGNED";
  if (input.kind === "handoff_button" && humanOwned) throw new DomainError("CONFLICT", "You're already waiting for (or talking to) a person.");
  const ended = !humanOwned && (state.status === "ended" || conversation.status === "RESOLVED" || conversation.status === "ABANDONED");
  if (ended && (fromCustomer || input.kind === "handoff_button")) {
    throw new DomainError("CONFLICT", "This conversation has ended. Start a new chat to talk to us again.");
  }
}

/** Routing gave the conversation an agent at once: the joined lines belong to this request's answer too. */
async function recordJoinedLines(runtime: Runtime, conversationId: string, request: RequestKey, throughSeq: number) {
  await runtime.db.chatRequest
    .update({ where: { conversationId_kind_key: { conversationId, kind: request.kind, key: request.key } }, data: { throughSeq } })
    .catch((error: unknown) => runtime.log("error", "recording a request's joined lines failed", { conversationId, error: String(error) }));
}
