"use client";

import { useState } from "react";
import type { ChatMessage } from "./chat-message";
import { ChoiceButtons } from "./choice-buttons";
import { LazyCallbackForm } from "./lazy-callback-form";
import { LazyEmailFollowUpForm } from "./lazy-email-follow-up-form";
import { useEmailOptions } from "./use-email-options";
import type { ChatSession } from "./use-chat-session";

type Choice = NonNullable<ChatMessage["choices"]>[number];

interface CallbackOfferProps {
  session: ChatSession;
  /** The bot's offer (inputKind "callback") with its yes/no buttons. */
  message: ChatMessage;
  color: string;
  /** A choice that is not "yes" (e.g. "No thanks") goes to the bot as usual. */
  onChoose(choice: Choice, asText: boolean): void;
  onScheduled(result: { status: string; messages: ChatMessage[] }): void;
}

/**
 * When the bot offers a callback (nobody free, or after hours) there is one
 * offer, the bot's own buttons: "Yes, call me back" opens the booking form —
 * phone and a time inside the team's hours, shown in the customer's time zone —
 * "No thanks" answers the bot, and typing (a number, "no") still works. When
 * this server can send e-mail, a reply by e-mail is offered under them.
 * Closing a form brings the buttons back.
 */
export function CallbackOffer({ session, message, color, onChoose, onScheduled }: CallbackOfferProps) {
  const [open, setOpen] = useState<"callback" | "email" | null>(null);
  const email = useEmailOptions(session.sessionId, session.token);
  if (!open) {
    const link = "rounded-sm font-medium underline underline-offset-2 focus-visible:ring-2 focus-visible:ring-offset-1 focus-visible:outline-none";
    return (
      <>
        <ChoiceButtons message={message} color={color} onChoose={(choice, asText) => (choice.id === "yes" ? setOpen("callback") : onChoose(choice, asText))} />
        {email.available ? (
          <p className="px-3 pb-2 text-right text-sm text-slate-600 sm:px-4 dark:text-slate-300">
            Prefer e-mail?{" "}
            <button type="button" onClick={() => setOpen("email")} className={link} style={{ color }}>
              Get a reply by e-mail
            </button>
          </p>
        ) : null}
      </>
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
