"use client";

import { useQuery } from "@tanstack/react-query";
import { useTRPC } from "@/components/providers/trpc";
import { DesktopNotificationsControl } from "./desktop-notifications-control";
import { PresenceSwitch } from "./presence-switch";
import { useIdlePresence } from "./use-idle-presence";

/** The strip above the inbox: your status and load, connection, sound and notification settings. */
export function InboxHeader({
  reconnecting,
  muted,
  onMutedChange,
  refetchInterval,
  onShowShortcuts,
}: {
  reconnecting: boolean;
  muted: boolean;
  onMutedChange: (muted: boolean) => void;
  refetchInterval: number | false;
  onShowShortcuts: () => void;
}) {
  const trpc = useTRPC();
  const me = useQuery({ ...trpc.inbox.me.queryOptions(), refetchInterval });
  const idle = useIdlePresence(me.data?.presence);
  const idleNotice = me.data?.presence === "ONLINE" ? null : idle.notice;

  return (
    <header className="flex flex-wrap items-center gap-x-5 gap-y-2 border-b border-slate-200 bg-white px-4 py-2.5">
      <h1 className="text-lg font-semibold text-slate-900">Inbox</h1>
      <PresenceSwitch presence={me.data?.presence} />
      <p className="text-sm text-slate-600" data-testid="active-count">
        {me.isPending ? (
          "…"
        ) : me.isError ? (
          <span className="text-red-700">
            Couldn&apos;t load your status.{" "}
            <button type="button" className="underline" onClick={() => void me.refetch()}>
              Retry
            </button>
          </span>
        ) : (
          <>
            <span className="font-medium tabular-nums text-slate-900">
              {me.data.activeCount} of {me.data.maxConcurrent}
            </span>{" "}
            conversations <span className="text-slate-400">(your limit at once)</span>
          </>
        )}
      </p>
      {me.data?.presence === "OFFLINE" ? <p className="text-xs text-slate-500">You&apos;re offline: no conversations are routed to you.</p> : null}
      <div className="ml-auto flex items-center gap-4">
        <p
          role="status"
          className={reconnecting ? "flex items-center gap-1.5 rounded-full bg-amber-50 px-2.5 py-0.5 text-xs font-medium text-amber-800" : "sr-only"}
        >
          {reconnecting ? (
            <>
              <span aria-hidden className="size-1.5 animate-pulse rounded-full bg-amber-500" />
              Reconnecting…
            </>
          ) : null}
        </p>
        <DesktopNotificationsControl />
        <button
          type="button"
          onClick={onShowShortcuts}
          aria-keyshortcuts="?"
          className="rounded px-1.5 py-0.5 text-sm text-slate-600 hover:bg-slate-100 hover:text-slate-900"
        >
          Shortcuts <kbd className="ml-0.5 rounded border border-slate-300 px-1 font-mono text-xs">?</kbd>
        </button>
        <label className="flex items-center gap-1.5 text-sm text-slate-700">
          <input
            type="checkbox"
            checked={muted}
            onChange={(event) => onMutedChange(event.target.checked)}
            className="size-4 rounded border-slate-300 accent-brand-600"
          />
          Mute sound
        </label>
      </div>
      {idleNotice ? (
        <div
          role="status"
          className="flex w-full items-start justify-between gap-2 rounded-md border border-amber-200 bg-amber-50 px-3 py-1.5 text-sm text-amber-900"
        >
          <p>{idleNotice}</p>
          <button type="button" onClick={idle.dismiss} aria-label="Dismiss" className="px-1 text-amber-600 hover:text-amber-900">
            ×
          </button>
        </div>
      ) : null}
    </header>
  );
}
