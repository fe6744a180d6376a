"use client";

import { useMutation } from "@tanstack/react-query";
import { useEffect } from "react";
import { useTRPC } from "@/components/providers/trpc";

/**
 * Tells the server this agent still has the inbox open (every 30 s), so
 * presence turns offline by itself when the last tab closes or the laptop
 * sleeps. Failures are ignored: the next beat tries again.
 */
export function useHeartbeat(intervalMs = 30_000) {
  const trpc = useTRPC();
  const { mutate } = useMutation(trpc.inbox.heartbeat.mutationOptions());
  useEffect(() => {
    mutate();
    const timer = setInterval(() => mutate(), intervalMs);
    return () => clearInterval(timer);
  }, [mutate, intervalMs]);
}
