import { randomUUID } from "node:crypto";
import { initialEngineState } from "../engine/engine-state";
import { turn } from "../engine/turn";
import { identifyNewChat, type IdentityOutcome, type NewChatIdentity } from "../contacts/identify-new-chat";
import type { CustomerIdentity } from "../contacts/identity-schemas";
import { DomainError } from "../errors";
import { botMessagePayload } from "./bot-message-payload";
import { newCustomerToken } from "./customer-token";
import { enginePortsFor } from "./engine-ports-for";
import { loadFlowVersion } from "./load-flow-version";
import { publicMessage, publicStatus, type PublicMessage } from "./public-message";
import type { ChatStatus } from "../realtime/stream-events/public-message-schema";
import type { Runtime } from "../runtime/runtime";
import { liveFlowAt, type LiveFlow } from "./live-flow-at";
import { insertChatSql } from "./sql/insert-chat-sql";
import { teamDirectory } from "./team-names";

export interface StartedChat {
  sessionId: string;
  token: string;
  status: ChatStatus;
  messages: PublicMessage[];
  /** Only when an identity was sent: whether it was accepted (refused: the chat is anonymous, and why). */
  identity?: IdentityOutcome;
}

/**
 * Starts a chat on the published version of the flow at `slug` (never the
 * draft): the conversation pins that version, and the first bot messages are
 * saved with it in one statement — which writes nothing when the version it
 * was given (remembered per process, liveFlowAt) is no longer the live one;
 * then it runs again on the live one.
 */
export async function startChat(runtime: Runtime, slug: string, channel: "WEB" | "WIDGET" | "API" = "API", identity?: CustomerIdentity): Promise<StartedChat> {
  for (let attempt = 1; ; attempt++) {
    const started = await startOn(runtime, await liveFlowAt(runtime, slug, attempt > 1), slug, channel, identity);
    if (started) return started;
    if (attempt >= 5) throw new DomainError("CONFLICT", "This chat is being republished right now; try again in a moment.");
  }
}

async function startOn(
  runtime: Runtime,
  flow: LiveFlow,
  slug: string,
  channel: "WEB" | "WIDGET" | "API",
  identity: CustomerIdentity | undefined,
): Promise<StartedChat | null> {
  const now = runtime.now();
  const document = await loadFlowVersion(runtime.db, flow.publishedVersionId);
  const known: NewChatIdentity | null = identity ? await identifyNewChat(runtime, flow.workspaceId, identity) : null;
  const result = await turn(
    document,
    { ...initialEngineState(), variables: Object.fromEntries(known?.variables ?? []) },
    { kind: "start" },
    enginePortsFor(runtime, flow.workspaceId),
    await teamDirectory(runtime.db, runtime.cache, flow.workspaceId),
  );
  const { token, hash } = newCustomerToken();
  const id = randomUUID();
  const status = result.state.status === "ended" ? "RESOLVED" : "BOT";
  const messages = result.messages.map((message, i) => ({ id: randomUUID(), seq: i + 1, text: message.text, payload: botMessagePayload(message) }));
  const events = [
    { type: "conversation_started", nodeId: null, data: null },
    ...result.events.map((event) => ({ type: event.type, nodeId: event.nodeId ?? null, data: event.data ?? null })),
  ];
  // One statement: the conversation, its first messages and the analytics events.
  const [inserted] = await insertChatSql.query(
    runtime.db,
    id,
    flow.workspaceId,
    flow.id,
    flow.publishedVersionId,
    channel,
    hash,
    JSON.stringify(result.state),
    JSON.stringify(result.state.variables),
    status,
    messages.length,
    now.toISOString(),
    JSON.stringify(messages),
    JSON.stringify(events),
    known?.contact?.id ?? null,
    known?.contact?.name ?? null,
    known?.contact?.email ?? null,
    slug,
  );
  if (!inserted?.created) return null;
  return {
    sessionId: id,
    token,
    status: publicStatus(status),
    messages: messages.map((m) => publicMessage({ ...m, author: "BOT", createdAt: now })),
    ...(known ? { identity: known.outcome } : {}),
  };
}
