"use client";

import { useEffect, useRef } from "react";
import type { ChatMessage } from "./chat-message";

/** Whether the host page's launcher shows the chat (embed.js says so with `{ source: "tandem", type: "visibility", open }`). */
function isWidgetOpenMessage(event: MessageEvent): boolean | null {
  const data = event.data as { source?: unknown; type?: unknown; open?: unknown } | null;
  if (event.source !== window.parent || !data || data.source !== "tandem" || data.type !== "visibility" || typeof data.open !== "boolean") return null;
  return data.open;
}

/**
 * In the widget's iframe: while the visitor cannot see the chat — the widget
 * is closed on the host page (its iframe stays "visible" to the browser), or
 * the tab is hidden — counts new bot and agent messages and tells the host
 * page, which shows a badge on the launcher. The message carries only a
 * count, never content, so "*" is a safe target.
 */
export function useUnreadNotifier(enabled: boolean, visible: readonly ChatMessage[]) {
  const seen = useRef<number | null>(null);
  const unread = useRef(0);
  const open = useRef(true);
  const lastSeq = visible.at(-1)?.seq ?? 0;

  useEffect(() => {
    if (!enabled || window.parent === window) return;
    const post = (count: number) => window.parent.postMessage({ source: "tandem", type: "unread", count }, "*");
    const clear = () => {
      if (!unread.current) return;
      unread.current = 0;
      post(0);
    };
    const onMessage = (event: MessageEvent) => {
      const isOpen = isWidgetOpenMessage(event);
      if (isOpen === null) return;
      open.current = isOpen;
      if (isOpen && document.visibilityState === "visible") clear();
    };
    const onVisible = () => {
      if (document.visibilityState === "visible" && open.current) clear();
    };
    window.addEventListener("message", onMessage);
    document.addEventListener("visibilitychange", onVisible);
    return () => {
      window.removeEventListener("message", onMessage);
      document.removeEventListener("visibilitychange", onVisible);
    };
  }, [enabled]);

  useEffect(() => {
    if (!enabled || window.parent === window) return;
    if (seen.current === null) seen.current = lastSeq; // the history on load is not news
    if (document.visibilityState === "hidden" || !open.current) {
      const fresh = visible.filter((message) => message.seq > seen.current! && (message.author === "bot" || message.author === "agent")).length;
      if (fresh) {
        unread.current += fresh;
        window.parent.postMessage({ source: "tandem", type: "unread", count: unread.current }, "*");
      }
    }
    seen.current = Math.max(seen.current, lastSeq);
  }, [enabled, visible, lastSeq]);
}
