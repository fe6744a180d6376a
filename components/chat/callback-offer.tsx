"use client";

import { useState } from "react";
import type { ChatMessage } from "./chat-message";
import { LazyCallbackForm } from "./lazy-callback-form";
import { LazyEmailFollowUpForm } from "./lazy-email-follow-up-form";
import { useEmailOptions } from "./use-email-options";
import type { ChatSession } from "./use-chat-session";

interface CallbackOfferProps {
  session: ChatSession;
  color: string;
  onScheduled(result: { status: string; messages: ChatMessage[] }): void;
}

const chip =
  "rounded-full border border-slate-300 px-3 py-1.5 text-sm font-medium text-slate-800 hover:bg-slate-50 focus-visible:ring-2 focus-visible:ring-offset-1 focus-visible:outline-none dark:border-slate-600 dark:text-slate-100 dark:hover:bg-slate-800";

/**
 * When the bot offers a callback (nobody free, or after hours): besides
 * answering in the chat, the customer can book it in one form — phone and a
 * time inside the team's hours, shown in their own time zone — or, when this
 * server can send e-mail, leave a message for a reply by e-mail.
 */
export function CallbackOffer({ session, color, onScheduled }: CallbackOfferProps) {
  const [open, setOpen] = useState<"callback" | "email" | null>(null);
  const email = useEmailOptions(session.sessionId, session.token);
  if (!open) {
    return (
      <div className="flex flex-wrap gap-2 px-3 pb-2 sm:px-4">
        <button type="button" onClick={() => setOpen("callback")} className={chip}>
          Request a callback
        </button>
        {email.available ? (
          <button type="button" onClick={() => setOpen("email")} className={chip}>
            Get a reply by e-mail
          </button>
        ) : null}
      </div>
    );
  }
  return (
    <section
      aria-label={open === "callback" ? "Book a callback" : "Leave a message for an e-mail reply"}
      className="mx-3 mb-2 shrink-0 rounded-2xl border border-slate-200 bg-slate-50 px-4 py-3 text-sm sm:mx-4 dark:border-slate-700 dark:bg-slate-900"
    >
      {open === "callback" ? (
        <LazyCallbackForm session={session} color={color} onScheduled={onScheduled} onClose={() => setOpen(null)} />
      ) : (
        <LazyEmailFollowUpForm session={session} color={color} address={email.address} onSent={onScheduled} onClose={() => setOpen(null)} />
      )}
    </section>
  );
}
