"use client";

import { useEffect } from "react";
import type { InboxAlert } from "./find-inbox-alerts";
import type { InboxView } from "./inbox-views";
import { alertTitles } from "./use-inbox-alerts";

const SHOW_FOR_MS = 15_000;
const tones: Record<InboxAlert["kind"], string> = { waiting: "bg-brand-500", assigned: "bg-emerald-500", callback_due: "bg-amber-500" };

function AlertToast({ alert, onOpen, onDismiss }: { alert: InboxAlert; onOpen: (id: string, view: InboxView) => void; onDismiss: (key: string) => void }) {
  useEffect(() => {
    // A callback due stays until the agent dismisses or opens it; the rest fade.
    if (alert.kind === "callback_due") return;
    const timer = setTimeout(() => onDismiss(alert.key), SHOW_FOR_MS);
    return () => clearTimeout(timer);
  }, [alert.key, alert.kind, onDismiss]);
  const href = `/inbox?c=${encodeURIComponent(alert.conversationId)}&view=${alert.view}`;
  return (
    <li className="pointer-events-auto flex items-start gap-3 rounded-lg border border-brand-100 bg-white p-3 text-sm shadow-lg" data-testid="inbox-toast">
      <span aria-hidden className={`mt-1.5 size-2 shrink-0 rounded-full ${tones[alert.kind]}`} />
      <p className="min-w-0 flex-1 text-slate-800">
        {alertTitles[alert.kind]}: <strong className="font-semibold">{alert.customerLabel}</strong>
        {alert.detail ? (alert.kind === "callback_due" ? ` — call ${alert.detail}` : ` — ${alert.detail}`) : null}{" "}
        <a
          href={href}
          aria-label={`Open the conversation with ${alert.customerLabel}`}
          className="font-medium text-brand-700 underline underline-offset-2"
          onClick={(event) => {
            if (event.metaKey || event.ctrlKey || event.shiftKey) return;
            event.preventDefault();
            onOpen(alert.conversationId, alert.view);
            onDismiss(alert.key);
          }}
        >
          Open
        </a>
      </p>
      <button type="button" onClick={() => onDismiss(alert.key)} aria-label="Dismiss" className="rounded px-1 text-slate-400 hover:text-slate-700">
        ×
      </button>
    </li>
  );
}

/**
 * The corner stack of inbox alerts (waiting, assigned to you, callback due),
 * read out politely by screen readers. `onDismiss` must be stable: each
 * toast's timer keys on it.
 */
export function AlertToasts({
  alerts,
  onOpen,
  onDismiss,
}: {
  alerts: InboxAlert[];
  onOpen: (id: string, view: InboxView) => void;
  onDismiss: (key: string) => void;
}) {
  return (
    <div role="status" aria-live="polite" className="pointer-events-none fixed bottom-4 right-4 z-50 w-96 max-w-[calc(100vw-2rem)]">
      <ul className="space-y-2">
        {alerts.map((alert) => (
          <AlertToast key={alert.key} alert={alert} onOpen={onOpen} onDismiss={onDismiss} />
        ))}
      </ul>
    </div>
  );
}
