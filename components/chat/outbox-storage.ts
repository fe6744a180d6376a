import { outboxStorageKey, parseOutbox, serializeOutbox, type OutboxItem } from "./outbox";

/** The outbox in localStorage, so a reload keeps what was not sent; storage that fails (private mode, full) is no error. */
export const outboxStorage = {
  read(sessionId: string): OutboxItem[] {
    try {
      return parseOutbox(localStorage.getItem(outboxStorageKey(sessionId)));
    } catch {
      return [];
    }
  },
  write(sessionId: string, items: readonly OutboxItem[]) {
    try {
      const value = serializeOutbox(items);
      if (value) localStorage.setItem(outboxStorageKey(sessionId), value);
      else localStorage.removeItem(outboxStorageKey(sessionId));
    } catch {
      // Private mode or a full storage: the outbox still works for this page's life.
    }
  },
};
