"use client";

import { useQuery } from "@tanstack/react-query";
import { useCallback, useEffect, useRef, useState } from "react";
import { useTRPC } from "@/components/providers/trpc";
import type { InboxRow } from "./inbox-types";
import { playChime } from "./play-chime";
import { reasonLabel } from "@/server/engine/reason-label";

export interface ConversationAlert {
  id: string;
  customerLabel: string;
  reason: string | null;
}

const MAX_TOASTS = 3;

function notifyDesktop(rows: InboxRow[], onOpen: (id: string) => void) {
  if (!document.hidden || !("Notification" in window) || Notification.permission !== "granted") return;
  for (const row of rows.slice(0, MAX_TOASTS)) {
    const reason = reasonLabel(row.reason);
    const notification = new Notification("New conversation waiting", {
      body: reason ? `${row.customerLabel} — ${reason}` : row.customerLabel,
      tag: `tandem-inbox-${row.id}`,
    });
    notification.onclick = () => {
      window.focus();
      onOpen(row.id);
      notification.close();
    };
  }
}

/**
 * Tells the agent when a new conversation starts waiting in their queue:
 * a toast, a chime unless muted, and a desktop notification when the tab is
 * hidden and they allowed it. "New" means in the Unassigned list now but not
 * at the previous look — the first load alerts nothing.
 */
export function useNewConversationAlerts({
  muted,
  onOpen,
  refetchInterval,
}: {
  muted: boolean;
  onOpen: (id: string) => void;
  refetchInterval: number | false;
}) {
  const trpc = useTRPC();
  const unassigned = useQuery({ ...trpc.inbox.list.queryOptions({ view: "unassigned" }), refetchInterval });
  const [alerts, setAlerts] = useState<ConversationAlert[]>([]);
  const seen = useRef<Set<string> | null>(null);
  const latest = useRef({ muted, onOpen });
  useEffect(() => {
    latest.current = { muted, onOpen };
  });

  useEffect(() => {
    const rows = unassigned.data;
    if (!rows) return;
    const previous = seen.current;
    seen.current = new Set(rows.map((row) => row.id));
    const fresh = previous ? rows.filter((row) => !previous.has(row.id)) : [];
    if (fresh.length === 0) return;
    const incoming = fresh.map((row) => ({ id: row.id, customerLabel: row.customerLabel, reason: reasonLabel(row.reason) }));
    setAlerts((current) => [...incoming, ...current.filter((alert) => !fresh.some((row) => row.id === alert.id))].slice(0, MAX_TOASTS));
    if (!latest.current.muted) playChime();
    notifyDesktop(fresh, latest.current.onOpen);
  }, [unassigned.data]);

  const dismiss = useCallback((id: string) => setAlerts((current) => current.filter((alert) => alert.id !== id)), []);
  return { alerts, dismiss };
}
