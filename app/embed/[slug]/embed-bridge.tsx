"use client";

import { useEffect } from "react";

/** What embed.js on the host page tells the chat: whether the widget is open, and whether the visitor just opened it. */
interface HostMessage {
  source: "tandem";
  type: "visibility";
  open: boolean;
  focus: boolean;
}

// A hand-written guard rather than a Zod schema: this is the only parse on the widget's page, and Zod would add more to its first load than the whole loader weighs.
function isHostMessage(data: unknown): data is HostMessage {
  const message = data as Partial<HostMessage> | null;
  return typeof message === "object" && message !== null && message.source === "tandem" && message.type === "visibility" && typeof message.open === "boolean";
}

/**
 * The widget page's side of the embed.js protocol (docs/widget.md): says when
 * it is ready, forwards Escape so the loader can close the widget and return
 * the focus to its launcher, and puts the cursor in the message box when the
 * visitor opens the chat.
 */
export function EmbedBridge() {
  useEffect(() => {
    if (window.parent === window) return; // opened directly, not inside the widget
    // "*": the host can be any site, and these messages carry nothing private (the loader checks where they come from).
    const post = (type: "ready" | "close") => window.parent.postMessage({ source: "tandem", type }, "*");
    const onKeyDown = (event: KeyboardEvent) => {
      // Something inside the chat (a menu, a form) may use Escape first and say so with preventDefault.
      if (event.key === "Escape" && !event.defaultPrevented && !event.isComposing) post("close");
    };
    const onMessage = (event: MessageEvent) => {
      if (event.source !== window.parent || !isHostMessage(event.data)) return;
      // On touch screens focusing the box would throw the keyboard over the conversation the visitor came to read.
      if (event.data.open && event.data.focus && window.matchMedia("(pointer: fine)").matches) {
        document.querySelector<HTMLElement>("textarea:not([disabled]), input:not([type=hidden]):not([disabled])")?.focus();
      }
    };
    window.addEventListener("keydown", onKeyDown);
    window.addEventListener("message", onMessage);
    post("ready");
    return () => {
      window.removeEventListener("keydown", onKeyDown);
      window.removeEventListener("message", onMessage);
    };
  }, []);
  return null;
}
