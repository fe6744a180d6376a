"use client";

import { useEffect, useRef } from "react";
import { formatWait, waitUrgency } from "./format-wait";
import type { InboxRow } from "./inbox-types";
import type { InboxView } from "./inbox-views";
import { reasonLabel } from "@/server/engine/reason-label";
import { CALLBACK_OVERDUE_AFTER_MS } from "@/server/engine/callback-overdue-after";

const urgencyTone = { calm: "text-slate-500", warning: "text-amber-700", urgent: "font-semibold text-red-700" } as const;
const authorPrefix = { customer: "", bot: "Bot: ", agent: "Agent: ", system: "" } as const;

function timeOf(date: Date) {
  return date.toLocaleTimeString([], { hour: "2-digit", minute: "2-digit" });
}

function Waiting({ since, now }: { since: Date; now: Date }) {
  return <span className={urgencyTone[waitUrgency(since, now)]}>waiting {formatWait(since, now)}</span>;
}

function RowStatus({ row, view, now }: { row: InboxRow; view: InboxView; now: Date }) {
  if (row.callback) {
    const late = now.getTime() - row.callback.dueAt.getTime();
    const when = row.callback.dueAt.toLocaleString([], { weekday: "short", hour: "2-digit", minute: "2-digit" });
    if (late >= CALLBACK_OVERDUE_AFTER_MS) return <span className={urgencyTone.urgent}>Overdue · call {when}</span>;
    if (late >= 0) return <span className={urgencyTone.warning}>Due now · call {when}</span>;
    return <span className="text-slate-600">Call {when}</span>;
  }
  if (row.status === "QUEUED" && row.queuedAt) return <Waiting since={row.queuedAt} now={now} />;
  // An assigned customer who spoke last is waiting for the agent's answer.
  if (row.status === "ASSIGNED" && row.lastMessage?.author === "customer") return <Waiting since={row.lastMessage.at} now={now} />;
  if (row.status === "ASSIGNED" && row.assigneeName && view !== "mine") return <span className="text-slate-500">{row.assigneeName}</span>;
  return row.lastMessage ? <span className="text-slate-500">{timeOf(row.lastMessage.at)}</span> : null;
}

/** One conversation in the list: who, why, which team, how long they have waited, what was said last, and a dot when the customer wrote something unread. */
export function ConversationRow({
  row,
  view,
  selected,
  now,
  onSelect,
}: {
  row: InboxRow;
  view: InboxView;
  selected: boolean;
  now: Date;
  onSelect: (id: string) => void;
}) {
  const ref = useRef<HTMLAnchorElement>(null);
  useEffect(() => {
    const element = ref.current;
    if (!selected || !element) return;
    element.scrollIntoView({ block: "nearest" });
    // Moving with J/K while a row has focus takes the focus along, so Enter opens what is highlighted.
    if (document.activeElement instanceof HTMLElement && document.activeElement.dataset.testid === "inbox-row") element.focus();
  }, [selected]);
  // The open conversation is being read right now: no dot that would only flicker until it is marked.
  const unread = row.unread && !selected;
  const reason = reasonLabel(row.reason);
  const details = [reason, row.teamName].filter(Boolean).join(" · ");

  return (
    <a
      ref={ref}
      href={`/inbox?c=${encodeURIComponent(row.id)}&view=${view}`}
      aria-current={selected ? "true" : undefined}
      data-testid="inbox-row"
      onClick={(event) => {
        if (event.metaKey || event.ctrlKey || event.shiftKey) return;
        event.preventDefault();
        onSelect(row.id);
      }}
      className={`block border-l-4 px-3 py-2.5 text-sm focus-visible:outline-2 focus-visible:-outline-offset-2 focus-visible:outline-brand-600 ${
        selected ? "border-brand-600 bg-brand-50" : "border-transparent hover:bg-slate-50"
      }`}
    >
      <span className="flex items-baseline justify-between gap-2">
        <span className="flex min-w-0 items-center gap-1.5">
          {row.priority > 0 ? (
            <span title={`Priority ${row.priority}`} className="shrink-0 rounded bg-red-50 px-1 text-[11px] font-semibold uppercase text-red-700">
              Priority
            </span>
          ) : null}
          {row.awaitingEmailReply ? (
            <span title="The customer left a message for a reply by e-mail" className="shrink-0 rounded bg-sky-50 px-1 text-[11px] font-semibold text-sky-800">
              Awaiting e-mail reply
            </span>
          ) : null}
          {unread ? (
            <span className="size-2 shrink-0 rounded-full bg-brand-600" data-testid="unread-dot">
              <span className="sr-only">Unread:</span>
            </span>
          ) : null}
          <span className={`truncate text-slate-900 ${unread ? "font-semibold" : "font-medium"}`}>{row.customerLabel}</span>
        </span>
        <span className="shrink-0 text-xs">
          <RowStatus row={row} view={view} now={now} />
        </span>
      </span>
      {details ? <span className="mt-0.5 block truncate text-xs text-slate-600">{details}</span> : null}
      {row.lastMessage ? (
        <span className="mt-0.5 block truncate text-xs text-slate-500">
          {authorPrefix[row.lastMessage.author]}
          {row.lastMessage.text}
        </span>
      ) : null}
    </a>
  );
}
