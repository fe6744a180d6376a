"use client";

import { useQuery } from "@tanstack/react-query";
import { useCallback, useEffect, useRef, useState } from "react";
import { useTRPC } from "@/components/providers/trpc";
import { emptySnapshot, findInboxAlerts, type InboxAlert } from "./find-inbox-alerts";
import type { InboxView } from "./inbox-views";
import { playChime } from "./play-chime";
import { takenHere } from "./taken-here";

const MAX_TOASTS = 3;

export const alertTitles: Record<InboxAlert["kind"], string> = {
  waiting: "New conversation waiting",
  assigned: "Assigned to you",
  callback_due: "Callback due now",
};

function notify(title: string, body: string, tag: string, onClick: () => void) {
  if (!document.hidden || !("Notification" in window) || Notification.permission !== "granted") return;
  const notification = new Notification(title, { body, tag });
  notification.onclick = () => {
    window.focus();
    onClick();
    notification.close();
  };
}

/**
 * Tells the agent what needs them, from the inbox's live lists: a new
 * conversation waiting in their teams' queue, a conversation given to them
 * (auto-assignment, a transfer — not one they accepted here), a callback
 * whose due time came (the server's reminder), each with a toast, a chime
 * unless muted, and a desktop notification when the tab is hidden and they
 * allowed it; and a new customer message in one of their conversations, with
 * a chime (and a notification when hidden) unless it is the one open on
 * screen. The first load of each list alerts nothing.
 */
export function useInboxAlerts({
  muted,
  onOpen,
  openConversationId,
  refetchInterval,
}: {
  muted: boolean;
  onOpen: (id: string, view: InboxView) => void;
  openConversationId: string | null;
  refetchInterval: number | false;
}) {
  const trpc = useTRPC();
  const unassigned = useQuery({ ...trpc.inbox.list.queryOptions({ view: "unassigned" }), refetchInterval });
  const mine = useQuery({ ...trpc.inbox.list.queryOptions({ view: "mine" }), refetchInterval });
  const callbacks = useQuery({ ...trpc.inbox.list.queryOptions({ view: "callbacks" }), refetchInterval });
  const [alerts, setAlerts] = useState<InboxAlert[]>([]);
  const seen = useRef(emptySnapshot());
  const latest = useRef({ muted, onOpen, openConversationId });
  useEffect(() => {
    latest.current = { muted, onOpen, openConversationId };
  });

  useEffect(() => {
    const found = findInboxAlerts(seen.current, { unassigned: unassigned.data, mine: mine.data, callbacks: callbacks.data }, takenHere);
    seen.current = found.seen;
    const { muted: quiet, onOpen: open, openConversationId: openId } = latest.current;
    const heard = found.messages.filter((row) => document.hidden || row.id !== openId);
    if (found.alerts.length === 0 && heard.length === 0) return;
    if (found.alerts.length) {
      setAlerts((current) => [...found.alerts, ...current.filter((alert) => !found.alerts.some((next) => next.key === alert.key))].slice(0, MAX_TOASTS));
    }
    if (!quiet) playChime();
    for (const alert of found.alerts.slice(0, MAX_TOASTS)) {
      notify(alertTitles[alert.kind], alert.detail ? `${alert.customerLabel} — ${alert.detail}` : alert.customerLabel, `tandem-${alert.key}`, () =>
        open(alert.conversationId, alert.view),
      );
    }
    for (const row of heard.slice(0, MAX_TOASTS)) {
      notify(`New message from ${row.customerLabel}`, row.lastMessage?.text ?? "", `tandem-message-${row.id}`, () => open(row.id, "mine"));
    }
  }, [unassigned.data, mine.data, callbacks.data]);

  const dismiss = useCallback((key: string) => setAlerts((current) => current.filter((alert) => alert.key !== key)), []);
  return { alerts, dismiss };
}
