"use client";

import { useEffect, useRef } from "react";

export type InboxShortcut = "next" | "previous" | "accept" | "resolve" | "compose" | "help";

const keys = new Map<string, InboxShortcut>([
  ["j", "next"],
  ["arrowdown", "next"],
  ["k", "previous"],
  ["arrowup", "previous"],
  ["a", "accept"],
  ["e", "resolve"],
  ["/", "compose"],
  ["?", "help"],
]);

function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || target.tagName === "INPUT" || target.tagName === "TEXTAREA" || target.tagName === "SELECT";
}

/**
 * Single-key inbox shortcuts (J/K or ↑/↓ move, A accepts, / composes,
 * E resolves, ? lists them), only while focus is not in a field, so typing "a" in a reply
 * never accepts anything. A handler that is absent (nothing to accept) lets
 * the key do what it normally does.
 */
export function useInboxShortcuts(handlers: Partial<Record<InboxShortcut, () => void>>) {
  const latest = useRef(handlers);
  useEffect(() => {
    latest.current = handlers;
  });
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey || isTypingTarget(event.target)) return;
      if (document.querySelector("dialog[open]")) return;
      const shortcut = keys.get(event.key.toLowerCase());
      const handler = shortcut ? latest.current[shortcut] : undefined;
      if (!handler) return;
      event.preventDefault();
      handler();
    };
    window.addEventListener("keydown", onKeyDown);
    return () => window.removeEventListener("keydown", onKeyDown);
  }, []);
}
