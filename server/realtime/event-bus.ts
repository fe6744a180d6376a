/**
 * Tells listeners that a conversation has new messages (up to `seq`). The
 * messages themselves are always read from the database, so a missed
 * notification is never a lost message: the next one, or a reconnect with
 * the last event id, catches up.
 */
import type { LiveSignal } from "./live-signal";

export interface EventBus {
  /** True when the turn's own SQL statement sends the notification (PostgreSQL NOTIFY), so publish() is not needed. */
  readonly notifiesFromDatabase: boolean;
  publish(conversationId: string, seq: number): Promise<void>;
  subscribe(conversationId: string, listener: (seq: number) => void): () => void;
  /** Every notification of every conversation (the inbox filters by workspace and scope). */
  subscribeAll(listener: (conversationId: string, seq: number) => void): () => void;
  /** Sends a signal that is not stored (typing, read) to the conversation's listeners on every instance. */
  signal(conversationId: string, signal: LiveSignal): Promise<void>;
  /** The signals of one conversation. */
  subscribeSignals(conversationId: string, listener: (signal: LiveSignal) => void): () => void;
  /** Every signal of every conversation (the inbox filters by workspace and scope). */
  subscribeAllSignals(listener: (conversationId: string, signal: LiveSignal) => void): () => void;
  close(): Promise<void>;
}
