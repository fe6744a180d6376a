"use client";

import { useEffect, useMemo, useState } from "react";
import type { ChatMessage } from "./chat-message";
import { typingDelay } from "./typing-delay";

/**
 * Shows bot messages one at a time, each after a short "typing" pause, as a
 * person would read them; everything else appears at once, but never ahead
 * of a bot message still being typed (the order is the transcript's).
 * Messages up to `instantThrough` (history on a reload) appear at once.
 */
export function useBotPacing(messages: readonly ChatMessage[], instantThrough: number) {
  const [revealed, setRevealed] = useState(0);
  const through = Math.max(revealed, instantThrough);
  const { visible, pending } = useMemo(() => {
    const index = messages.findIndex((message) => message.seq > through && message.author === "bot");
    return index < 0 ? { visible: messages, pending: null } : { visible: messages.slice(0, index), pending: messages[index]! };
  }, [messages, through]);

  const pendingSeq = pending?.seq;
  const pendingText = pending?.text ?? "";
  useEffect(() => {
    if (pendingSeq === undefined) return;
    const timer = setTimeout(() => setRevealed(pendingSeq), typingDelay(pendingText));
    return () => clearTimeout(timer);
  }, [pendingSeq, pendingText]);

  return { visible, botTyping: pending !== null };
}
