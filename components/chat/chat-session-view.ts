import type { ChatStatus } from "./chat-message";
import type { ChatSessionState } from "./chat-session-reducer";
import { reconcileOutbox } from "./outbox";

/**
 * What the chat window shows, derived from the state: the status follows the
 * transcript's latest status line after the load; the queue only while
 * queued, the agent's typing only while assigned; and the outbox minus what
 * the transcript already shows.
 */
export function chatSessionView(state: ChatSessionState) {
  const status: ChatStatus = state.messages.findLast((message) => message.status && message.seq > state.base.seq)?.status ?? state.base.status;
  return {
    status,
    queue: status === "queued" ? state.queue : null,
    agentTyping: status === "assigned" ? state.agentTyping : null,
    pending: reconcileOutbox(state.outbox, state.messages),
    loading: !state.session && !state.loadError,
  };
}
