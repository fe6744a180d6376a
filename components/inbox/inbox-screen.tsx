"use client";

import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTRPC } from "@/components/providers/trpc";
import { Alert } from "@/components/ui/alert";
import { AlertToasts } from "./alert-toasts";
import { ConversationList } from "./conversation-list";
import { ConversationPane } from "./conversation-pane";
import { InboxHeader } from "./inbox-header";
import { KeyboardHelp } from "./keyboard-help";
import { NoConversationSelected } from "./no-conversation-selected";
import { useHeartbeat } from "./use-heartbeat";
import { useInboxEvents } from "./use-inbox-events";
import { useInboxLocation } from "./use-inbox-location";
import { useInboxShortcuts } from "./use-inbox-shortcuts";
import { useMuted } from "./use-muted";
import { useInboxAlerts } from "./use-inbox-alerts";
import { useTitleBadge } from "./use-title-badge";
import { ViewList } from "./view-list";

/** While the live stream is down, poll this often so the inbox never silently goes stale. */
const POLL_WHILE_OFFLINE_MS = 15_000;

/**
 * The agent inbox: views and queue on the left, the open conversation in the
 * centre, its context on the right. Live from the inbox event stream; the
 * selection lives in the URL.
 */
export function InboxScreen({ denied = false }: { denied?: boolean }) {
  const trpc = useTRPC();
  const { view, conversationId, select, setView } = useInboxLocation();
  const connection = useInboxEvents(conversationId);
  useHeartbeat();
  const refetchInterval = connection === "live" ? false : POLL_WHILE_OFFLINE_MS;
  const counts = useQuery({ ...trpc.inbox.counts.queryOptions(), refetchInterval });
  const shownView = view === "all" && counts.data?.all === null ? "mine" : view;
  const list = useQuery({ ...trpc.inbox.list.queryOptions({ view: shownView }), refetchInterval });
  const [muted, setMuted] = useMuted();
  const alerts = useInboxAlerts({ muted, refetchInterval, openConversationId: conversationId, onOpen: select });
  useTitleBadge(counts.data?.unassigned);
  const rows = list.data ?? [];
  const index = rows.findIndex((row) => row.id === conversationId);
  const move = (by: number) => {
    const next = rows[index === -1 ? (by > 0 ? 0 : rows.length - 1) : Math.min(rows.length - 1, Math.max(0, index + by))];
    if (next) select(next.id, shownView);
  };
  const [helpOpen, setHelpOpen] = useState(false);
  useInboxShortcuts({ next: rows.length ? () => move(1) : undefined, previous: rows.length ? () => move(-1) : undefined, help: () => setHelpOpen(true) });

  return (
    <div className="flex h-full min-h-0 flex-col">
      <InboxHeader
        reconnecting={connection === "reconnecting"}
        muted={muted}
        onMutedChange={setMuted}
        refetchInterval={refetchInterval}
        onShowShortcuts={() => setHelpOpen(true)}
      />
      <KeyboardHelp open={helpOpen} onClose={() => setHelpOpen(false)} />
      {denied ? (
        <div className="border-b border-slate-200 px-4 py-2">
          <Alert tone="info">Flows, Analytics and Settings are for workspace admins, so we brought you to your inbox. Ask an admin if you need access.</Alert>
        </div>
      ) : null}
      <div className="flex min-h-0 flex-1">
        <section aria-label="Queue" className="flex w-72 shrink-0 flex-col border-r border-slate-200 bg-white xl:w-80">
          <ViewList counts={counts} current={shownView} onSelect={setView} />
          <div className="min-h-0 flex-1 overflow-y-auto">
            <ConversationList list={list} view={shownView} selectedId={conversationId} onSelect={(id) => select(id, shownView)} />
          </div>
        </section>
        {conversationId ? (
          <ConversationPane
            key={conversationId}
            conversationId={conversationId}
            callback={rows.find((row) => row.id === conversationId)?.callback}
            refetchInterval={refetchInterval}
            onAccepted={() => select(conversationId, "mine")}
            onScheduled={() => select(conversationId, "callbacks")}
          />
        ) : (
          <NoConversationSelected />
        )}
      </div>
      <AlertToasts alerts={alerts.alerts} onOpen={select} onDismiss={alerts.dismiss} />
    </div>
  );
}
