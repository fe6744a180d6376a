"use client";

import { useMutation } from "@tanstack/react-query";
import { useCallback, useEffect, useMemo, useRef } from "react";
import { useTRPC } from "@/components/providers/trpc";

/** While keys are pressed, "typing" is repeated at most this often (the customer's indicator lasts 6 s). */
const REPEAT_MS = 3_000;
/** No key for this long means the agent stopped typing. */
const IDLE_MS = 4_000;

/**
 * Tells the customer when their agent types a reply: `keystroke` on every
 * change (throttled), `stop` on send, blur, or switching to a note; it also
 * stops on its own after 4 s idle and when the conversation closes.
 * Best effort: a lost signal only means a missed indicator.
 */
export function useTypingSignal(conversationId: string) {
  const trpc = useTRPC();
  const { mutate } = useMutation(trpc.inbox.typing.mutationOptions());
  const typing = useRef(false);
  const lastSent = useRef(0);
  const idle = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const stop = useCallback(() => {
    clearTimeout(idle.current);
    if (!typing.current) return;
    typing.current = false;
    mutate({ conversationId, typing: false });
  }, [conversationId, mutate]);

  const keystroke = useCallback(() => {
    const now = Date.now();
    if (!typing.current || now - lastSent.current >= REPEAT_MS) {
      typing.current = true;
      lastSent.current = now;
      mutate({ conversationId, typing: true });
    }
    clearTimeout(idle.current);
    idle.current = setTimeout(stop, IDLE_MS);
  }, [conversationId, mutate, stop]);

  useEffect(() => stop, [stop]);
  return useMemo(() => ({ keystroke, stop }), [keystroke, stop]);
}
