"use client";

import { useSearchParams } from "next/navigation";
import { useCallback } from "react";
import { parseView, type InboxView } from "./inbox-views";

/**
 * The open view and conversation, kept in the URL (`/inbox?c=<id>&view=…`)
 * so a reload or a shared link lands on the same place. History entries are
 * replaced, not pushed: J/K through twenty conversations should not take
 * twenty presses of Back to leave the inbox.
 */
export function useInboxLocation() {
  const params = useSearchParams();
  const view = parseView(params.get("view"));
  const conversationId = params.get("c") || null;

  const go = useCallback((next: { view: InboxView; conversationId: string | null }) => {
    const search = new URLSearchParams();
    if (next.conversationId) search.set("c", next.conversationId);
    search.set("view", next.view);
    window.history.replaceState(null, "", `/inbox?${search.toString()}`);
  }, []);

  const select = useCallback((id: string | null, inView: InboxView = view) => go({ view: inView, conversationId: id }), [go, view]);
  const setView = useCallback((next: InboxView) => go({ view: next, conversationId }), [go, conversationId]);

  return { view, conversationId, select, setView };
}
