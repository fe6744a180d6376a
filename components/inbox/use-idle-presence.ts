"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useEffect, useRef, useState } from "react";
import { refreshQueries } from "@/components/providers/refresh-queries";
import { useTRPC } from "@/components/providers/trpc";
import { idlePresence } from "./idle-presence";
import type { InboxPresence } from "./inbox-types";

const KEY = "tandem.inbox.lastActivity";
const CHECK_EVERY_MS = 15_000;
/** Activity is written at most this often (every keystroke would be a storage write). */
const WRITE_EVERY_MS = 5_000;

function lastActivity(fallback: number): number {
  try {
    return Math.max(fallback, Number(localStorage.getItem(KEY)) || 0);
  } catch {
    return fallback;
  }
}

/**
 * Steps an agent who walked away down by themselves: Away after 10 minutes
 * without a key, click or touch in any of their inbox tabs (shared through
 * localStorage, so working in one tab keeps the others from deciding), and
 * Offline after 30, so customers are neither routed to nor left with someone
 * who is not there. Returns the notice to show once it happened; they go
 * online again themselves.
 */
export function useIdlePresence(presence: InboxPresence | undefined) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [notice, setNotice] = useState<string | null>(null);
  // This tab's last activity; 0 until the effect starts the clock.
  const here = useRef(0);
  const latest = useRef(presence);
  useEffect(() => {
    latest.current = presence;
  });
  const { mutate } = useMutation(
    trpc.inbox.setPresence.mutationOptions({ onSettled: () => refreshQueries(queryClient, { queryKey: trpc.inbox.me.queryKey() }) }),
  );

  useEffect(() => {
    here.current = Date.now(); // opening the inbox counts as activity
    let written = 0;
    const active = () => {
      const now = Date.now();
      here.current = now;
      if (now - written < WRITE_EVERY_MS) return;
      written = now;
      try {
        localStorage.setItem(KEY, String(now));
      } catch {
        // blocked storage: this tab's own activity still counts
      }
    };
    const events = ["keydown", "pointerdown", "touchstart", "wheel"] as const;
    for (const name of events) window.addEventListener(name, active, { passive: true });
    const timer = setInterval(() => {
      const next = idlePresence(latest.current, Date.now() - lastActivity(here.current));
      if (!next) return;
      latest.current = next;
      mutate({ presence: next });
      setNotice(
        next === "AWAY"
          ? "You were set to Away after 10 minutes without activity, so no new conversations come to you. Choose Online when you're back."
          : "You were set to Offline after 30 minutes without activity; conversations you hadn't answered went back to the queue. Choose Online when you're back.",
      );
    }, CHECK_EVERY_MS);
    return () => {
      for (const name of events) window.removeEventListener(name, active);
      clearInterval(timer);
    };
  }, [mutate]);

  return { notice, dismiss: () => setNotice(null) };
}
