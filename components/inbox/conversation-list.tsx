"use client";

import { ConversationRow } from "./conversation-row";
import type { InboxQuery, InboxRow } from "./inbox-types";
import { inboxViews, type InboxView } from "./inbox-views";
import { useNow } from "./use-now";

function Skeleton() {
  return (
    <div aria-busy="true" className="space-y-3 p-3">
      <p className="sr-only">Loading conversations…</p>
      {[0, 1, 2, 3].map((index) => (
        <div key={index} className="animate-pulse space-y-2">
          <div className="h-3.5 w-2/3 rounded bg-slate-200" />
          <div className="h-3 w-full rounded bg-slate-100" />
        </div>
      ))}
    </div>
  );
}

/** The rows of the current view, with honest loading, error and empty states. */
export function ConversationList({
  list,
  view,
  selectedId,
  onSelect,
}: {
  list: InboxQuery<InboxRow[]>;
  view: InboxView;
  selectedId: string | null;
  onSelect: (id: string) => void;
}) {
  const now = useNow();
  const info = inboxViews.find((candidate) => candidate.id === view) ?? inboxViews[0];
  if (list.isPending) return <Skeleton />;
  if (list.isError) {
    return (
      <div role="alert" className="m-3 rounded-md border border-red-200 bg-red-50 p-3 text-sm text-red-800">
        Couldn&apos;t load {info.label}: {list.error.message}{" "}
        <button type="button" className="font-medium underline" onClick={() => void list.refetch()}>
          Retry
        </button>
      </div>
    );
  }
  if (list.data.length === 0) {
    return (
      <div className="p-6 text-center text-sm" data-testid="inbox-empty">
        <p className="font-medium text-slate-900">{info.emptyTitle}</p>
        <p className="mt-1 text-slate-600">{info.emptyText}</p>
      </div>
    );
  }
  return (
    <ul aria-label={`${info.label} conversations`} className="divide-y divide-slate-100">
      {list.data.map((row) => (
        <li key={row.id}>
          <ConversationRow row={row} view={view} selected={row.id === selectedId} now={now} onSelect={onSelect} />
        </li>
      ))}
    </ul>
  );
}
