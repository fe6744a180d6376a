import { Button } from "@/components/ui/button";
import { formatWait } from "./format-wait";
import type { InboxConversation } from "./inbox-types";

interface Command {
  run: () => void;
  pending: boolean;
  error: string | null;
}

function statusText(conversation: InboxConversation, now: Date): string {
  switch (conversation.status) {
    case "QUEUED":
      return conversation.queuedAt ? `Waiting for a person · ${formatWait(conversation.queuedAt, now)}` : "Waiting for a person";
    case "ASSIGNED":
      return conversation.assignee ? `With ${conversation.assignee.name}` : "Assigned";
    case "BOT":
      return "With the bot";
    case "CALLBACK_SCHEDULED":
      return "Callback scheduled";
    case "RESOLVED":
      return "Resolved";
    case "ABANDONED":
      return "The customer left";
  }
}

/** Who the customer is, where the conversation stands, and the Accept, Take over and Resolve buttons when they apply. */
export function ConversationHeader({
  conversation,
  now,
  accept,
  resolve,
  takeOver,
  onDismissError,
}: {
  conversation: InboxConversation;
  now: Date;
  accept: Command;
  /** Absent when the conversation cannot be resolved from here. */
  resolve: Command | null;
  /** Absent unless an admin looks at a conversation another agent holds. */
  takeOver: Command | null;
  onDismissError: () => void;
}) {
  const error = accept.error ?? resolve?.error ?? takeOver?.error ?? null;
  const details = [statusText(conversation, now), conversation.team?.name].filter(Boolean).join(" · ");
  return (
    <div className="border-b border-slate-200 bg-white px-4 py-3">
      <div className="flex items-center justify-between gap-3">
        <div className="min-w-0">
          <h2 id="conversation-heading" className="truncate text-base font-semibold text-slate-900">
            {conversation.customerLabel}
          </h2>
          <p className="text-xs text-slate-600" data-testid="conversation-status">
            {details}
          </p>
        </div>
        <div className="flex shrink-0 gap-2">
          {resolve ? (
            <Button variant="secondary" onClick={resolve.run} disabled={resolve.pending} aria-keyshortcuts="E">
              {resolve.pending ? "Resolving…" : "Resolve"}
            </Button>
          ) : null}
          {takeOver ? (
            <Button onClick={takeOver.run} disabled={takeOver.pending} aria-busy={takeOver.pending || undefined}>
              {takeOver.pending ? "Taking over…" : "Take over"}
            </Button>
          ) : null}
          {conversation.canAccept ? (
            <Button onClick={accept.run} disabled={accept.pending} aria-busy={accept.pending || undefined} aria-keyshortcuts="A">
              Accept
            </Button>
          ) : null}
        </div>
      </div>
      {error ? (
        <div className="mt-2 flex items-start justify-between gap-2 rounded-md border border-red-200 bg-red-50 px-3 py-1.5 text-sm text-red-800">
          <p role="alert">{error}</p>
          <button type="button" onClick={onDismissError} aria-label="Dismiss the message" className="px-1 text-red-500 hover:text-red-800">
            ×
          </button>
        </div>
      ) : null}
    </div>
  );
}
