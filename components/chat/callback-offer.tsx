"use client";

import { useState } from "react";
import type { ChatMessage } from "./chat-message";
import { LazyCallbackForm } from "./lazy-callback-form";
import type { ChatSession } from "./use-chat-session";

interface CallbackOfferProps {
  session: ChatSession;
  color: string;
  onScheduled(result: { status: string; messages: ChatMessage[] }): void;
}

/**
 * When the bot offers a callback (nobody free, or after hours): besides
 * answering in the chat, the customer can book it in one form — phone and a
 * time inside the team's hours, shown in their own time zone.
 */
export function CallbackOffer({ session, color, onScheduled }: CallbackOfferProps) {
  const [open, setOpen] = useState(false);
  if (!open) {
    return (
      <div className="px-3 pb-2 sm:px-4">
        <button
          type="button"
          onClick={() => setOpen(true)}
          className="rounded-full border border-slate-300 px-3 py-1.5 text-sm font-medium text-slate-800 hover:bg-slate-50 focus-visible:ring-2 focus-visible:ring-offset-1 focus-visible:outline-none dark:border-slate-600 dark:text-slate-100 dark:hover:bg-slate-800"
        >
          Request a callback
        </button>
      </div>
    );
  }
  return (
    <section
      aria-label="Book a callback"
      className="mx-3 mb-2 shrink-0 rounded-2xl border border-slate-200 bg-slate-50 px-4 py-3 text-sm sm:mx-4 dark:border-slate-700 dark:bg-slate-900"
    >
      <LazyCallbackForm session={session} color={color} onScheduled={onScheduled} onClose={() => setOpen(false)} />
    </section>
  );
}
