"use client";

import { useEffect } from "react";
import type { ConversationAlert } from "./use-new-conversation-alerts";

const SHOW_FOR_MS = 15_000;

function AlertToast({
  alert,
  onOpen,
  onDismiss,
}: {
  alert: ConversationAlert;
  onOpen: (id: string) => void;
  onDismiss: (id: string) => void;
}) {
  useEffect(() => {
    const timer = setTimeout(() => onDismiss(alert.id), SHOW_FOR_MS);
    return () => clearTimeout(timer);
  }, [alert.id, onDismiss]);
  const href = `/inbox?c=${encodeURIComponent(alert.id)}&view=unassigned`;
  return (
    <li className="pointer-events-auto flex items-start gap-3 rounded-lg border border-brand-100 bg-white p-3 text-sm shadow-lg" data-testid="inbox-toast">
      <span aria-hidden className="mt-1.5 size-2 shrink-0 rounded-full bg-brand-500" />
      <p className="min-w-0 flex-1 text-slate-800">
        New conversation waiting: <strong className="font-semibold">{alert.customerLabel}</strong>
        {alert.reason ? ` — ${alert.reason}` : null}{" "}
        <a
          href={href}
          aria-label={`Open the conversation with ${alert.customerLabel}`}
          className="font-medium text-brand-700 underline underline-offset-2"
          onClick={(event) => {
            if (event.metaKey || event.ctrlKey || event.shiftKey) return;
            event.preventDefault();
            onOpen(alert.id);
            onDismiss(alert.id);
          }}
        >
          Open
        </a>
      </p>
      <button type="button" onClick={() => onDismiss(alert.id)} aria-label="Dismiss" className="rounded px-1 text-slate-400 hover:text-slate-700">
        ×
      </button>
    </li>
  );
}

/**
 * The corner stack of "new conversation waiting" toasts, read out politely by
 * screen readers. `onDismiss` must be stable: each toast's timer keys on it.
 */
export function AlertToasts({
  alerts,
  onOpen,
  onDismiss,
}: {
  alerts: ConversationAlert[];
  onOpen: (id: string) => void;
  onDismiss: (id: string) => void;
}) {
  return (
    <div role="status" aria-live="polite" className="pointer-events-none fixed bottom-4 right-4 z-50 w-96 max-w-[calc(100vw-2rem)]">
      <ul className="space-y-2">
        {alerts.map((alert) => (
          <AlertToast key={alert.id} alert={alert} onOpen={onOpen} onDismiss={onDismiss} />
        ))}
      </ul>
    </div>
  );
}
