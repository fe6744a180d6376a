"use client";

import type { InboxCounts, InboxQuery } from "./inbox-types";
import { inboxViews, type InboxView } from "./inbox-views";

/** The inbox's views with live counts; All teams only for admins (the server sends its count as null to agents). */
export function ViewList({ counts, current, onSelect }: { counts: InboxQuery<InboxCounts>; current: InboxView; onSelect: (view: InboxView) => void }) {
  const visible = inboxViews.filter((view) => view.id !== "all" || (counts.data !== undefined && counts.data.all !== null));
  return (
    <nav aria-label="Inbox views" className="border-b border-slate-200 p-2">
      <ul className="space-y-0.5">
        {visible.map((view) => {
          const count = counts.data?.[view.id];
          const active = view.id === current;
          return (
            <li key={view.id}>
              <a
                href={`/inbox?view=${view.id}`}
                aria-current={active ? "page" : undefined}
                onClick={(event) => {
                  if (event.metaKey || event.ctrlKey || event.shiftKey) return;
                  event.preventDefault();
                  onSelect(view.id);
                }}
                className={`flex items-center justify-between rounded-md px-3 py-1.5 text-sm font-medium focus-visible:outline-2 focus-visible:outline-brand-600 ${
                  active ? "bg-brand-50 text-brand-700" : "text-slate-700 hover:bg-slate-100"
                }`}
              >
                {view.label}
                <span
                  className={`min-w-6 rounded-full px-1.5 text-center text-xs tabular-nums ${
                    view.id === "unassigned" && count ? "bg-brand-600 text-white" : "bg-slate-100 text-slate-600"
                  }`}
                  data-testid={`count-${view.id}`}
                >
                  {count ?? (counts.isError ? "!" : "…")}
                </span>
              </a>
            </li>
          );
        })}
      </ul>
      {counts.data && !counts.data.emailAvailable ? (
        <p className="px-3 pt-1 text-xs text-slate-500" data-testid="email-off-note">
          E-mail replies are off: this server has no SMTP_URL, so customers are offered a callback only (and no transcript by e-mail).
        </p>
      ) : null}
      {counts.isError ? (
        <p className="px-3 pt-1 text-xs text-red-700">
          Counts unavailable.{" "}
          <button type="button" className="underline" onClick={() => void counts.refetch()}>
            Retry
          </button>
        </p>
      ) : null}
    </nav>
  );
}
