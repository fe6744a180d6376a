import type { TimelineEntry } from "./build-timeline";
import { EmailDeliveryNote } from "./email-delivery-note";

const text = "whitespace-pre-wrap break-words [overflow-wrap:anywhere]";

function Time({ at }: { at: Date }) {
  return (
    <time dateTime={at.toISOString()} title={at.toLocaleString()}>
      {at.toLocaleTimeString([], { hour: "2-digit", minute: "2-digit" })}
    </time>
  );
}

function Bubble({
  side,
  label,
  at,
  tone,
  children,
  footer,
}: {
  side: "left" | "right";
  label: React.ReactNode;
  at: Date | null;
  tone: string;
  children: string;
  footer?: React.ReactNode;
}) {
  return (
    <li className={`flex ${side === "left" ? "justify-start" : "justify-end"}`}>
      <div className={`flex max-w-[80%] min-w-0 flex-col ${side === "left" ? "items-start" : "items-end"}`}>
        <p className="mb-0.5 text-xs text-slate-500">
          {label}
          {at ? (
            <>
              {" · "}
              <Time at={at} />
            </>
          ) : null}
        </p>
        <p className={`rounded-2xl px-3 py-2 text-sm ${text} ${tone}`}>{children}</p>
        {footer ? <p className="mt-0.5 text-xs text-slate-500">{footer}</p> : null}
      </div>
    </li>
  );
}

/**
 * One line of the transcript, always as plain text: the customer on the
 * left; the bot (marked "Bot") and agents (by name) on the right; system
 * lines centred; internal notes in yellow so nobody mistakes them for
 * something the customer saw. `seen` marks the agents' latest reply once the
 * customer has read it.
 */
export function TranscriptEntry({
  entry,
  customerLabel,
  conversationId,
  seen = false,
}: {
  entry: TimelineEntry;
  customerLabel: string;
  conversationId: string;
  seen?: boolean;
}) {
  if (entry.kind === "note") {
    return (
      <Bubble
        side="right"
        label={entry.note.authorName ? <>Internal note · {entry.note.authorName}</> : "Internal note"}
        at={entry.at}
        tone="rounded-br-sm border border-amber-300 bg-amber-50 text-amber-950"
      >
        {entry.note.text}
      </Bubble>
    );
  }
  const { message } = entry;
  switch (message.author) {
    case "system":
      return (
        <li className="px-8 text-center text-xs text-slate-500">
          <span className={text}>{message.text}</span> · <Time at={entry.at} />
        </li>
      );
    case "customer":
      return (
        <Bubble
          side="left"
          label={customerLabel}
          at={entry.at}
          tone="rounded-bl-sm border border-slate-200 bg-white text-slate-900"
          footer={message.viaEmail ? <span data-testid="via-email">By e-mail</span> : null}
        >
          {message.text}
        </Bubble>
      );
    case "bot":
      return (
        <Bubble
          side="right"
          label={<span className="rounded bg-slate-200 px-1 text-[11px] font-semibold uppercase text-slate-700">Bot</span>}
          at={entry.at}
          tone="rounded-br-sm bg-slate-100 text-slate-900"
        >
          {message.text}
        </Bubble>
      );
    case "agent":
      return (
        <Bubble
          side="right"
          label={message.agentName ?? "Agent"}
          at={entry.at}
          tone="rounded-br-sm bg-brand-600 text-white"
          footer={
            message.email || seen ? (
              <>
                {message.email ? <EmailDeliveryNote conversationId={conversationId} seq={message.seq} email={message.email} /> : null}
                {message.email && seen ? " · " : null}
                {seen ? <span data-testid="seen-receipt">Seen by {customerLabel}</span> : null}
              </>
            ) : null
          }
        >
          {message.text}
        </Bubble>
      );
  }
}

/** A reply or note still on its way to the server. */
export function PendingEntry({ mode, children }: { mode: "reply" | "note"; children: string }) {
  return (
    <Bubble
      side="right"
      label={mode === "note" ? "Internal note · Saving…" : "Sending…"}
      at={null}
      tone={`opacity-70 rounded-br-sm ${mode === "note" ? "border border-amber-300 bg-amber-50 text-amber-950" : "bg-brand-600 text-white"}`}
    >
      {children}
    </Bubble>
  );
}
