"use client";

import { useCallback, useSyncExternalStore } from "react";
import { inboxLiveStore, type LiveConversation } from "./inbox-live-store";

/** The live signals (typing, read) of one conversation; re-renders when they change. */
export function useLiveConversation(conversationId: string): LiveConversation {
  const snapshot = useCallback(() => inboxLiveStore.get(conversationId), [conversationId]);
  return useSyncExternalStore(inboxLiveStore.subscribe, snapshot, snapshot);
}
