/** What the inbox knows live about one conversation, from signals that are never stored. */
export interface LiveConversation {
  /** The customer is typing now (cleared after 6 s without a new signal). */
  customerTyping: boolean;
  /** The highest message seq the customer has read, as signalled (the loaded conversation has the stored one). */
  customerReadSeq: number;
}

/** "Is typing" goes away this long after the last signal, in case the "stopped" one was lost. */
export const TYPING_TIMEOUT_MS = 6_000;

const idle: LiveConversation = { customerTyping: false, customerReadSeq: 0 };

/**
 * The inbox's live signals per conversation (typing, read), fed by the inbox
 * event stream and read with useSyncExternalStore. Snapshots are immutable,
 * so a component re-renders only when its conversation's signals change.
 */
class InboxLiveStore {
  private readonly state = new Map<string, LiveConversation>();
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly listeners = new Set<() => void>();

  subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  };

  get = (conversationId: string): LiveConversation => this.state.get(conversationId) ?? idle;

  typing(conversationId: string, typing: boolean) {
    clearTimeout(this.timers.get(conversationId));
    this.timers.delete(conversationId);
    if (typing)
      this.timers.set(
        conversationId,
        setTimeout(() => this.typing(conversationId, false), TYPING_TIMEOUT_MS),
      );
    this.update(conversationId, { customerTyping: typing });
  }

  read(conversationId: string, seq: number) {
    if (seq > this.get(conversationId).customerReadSeq) this.update(conversationId, { customerReadSeq: seq });
  }

  private update(conversationId: string, change: Partial<LiveConversation>) {
    const current = this.get(conversationId);
    if (Object.entries(change).every(([key, value]) => current[key as keyof LiveConversation] === value)) return;
    this.state.set(conversationId, { ...current, ...change });
    for (const listener of this.listeners) listener();
  }
}

export const inboxLiveStore = new InboxLiveStore();
