"use client";

import { useState } from "react";
import type { ChatMessage } from "./chat-message";
import { LazyCallbackForm } from "./lazy-callback-form";
import { LazyEmailFollowUpForm } from "./lazy-email-follow-up-form";
import { useEmailOptions } from "./use-email-options";
import { describeQueue, type QueueStatus } from "./queue-wording";
import type { ChatSession } from "./use-chat-session";

interface HandoffPanelProps {
  session: ChatSession;
  queue: QueueStatus | null;
  color: string;
  onScheduled(result: { status: string; messages: ChatMessage[] }): void;
  /** Puts the cursor in the message box: "leave a message" is just writing. */
  onLeaveMessage(): void;
}

/** While queued: what is happening, what the agent will see, the place in line, and the alternatives to waiting. */
export function HandoffPanel({ session, queue, color, onScheduled, onLeaveMessage }: HandoffPanelProps) {
  const [form, setForm] = useState<"callback" | "email" | null>(null);
  const email = useEmailOptions(session.sessionId, session.token);
  const link = "font-medium underline underline-offset-2 focus-visible:ring-2 focus-visible:ring-offset-1 focus-visible:outline-none rounded-sm";
  return (
    <section
      aria-label="Waiting for a person"
      className="mx-3 mb-2 shrink-0 rounded-2xl border border-slate-200 bg-slate-50 px-4 py-3 text-sm text-slate-700 sm:mx-4 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-200"
    >
      {form === "callback" ? (
        <LazyCallbackForm session={session} color={color} onScheduled={onScheduled} onClose={() => setForm(null)} />
      ) : form === "email" ? (
        <LazyEmailFollowUpForm session={session} color={color} address={email.address} onSent={onScheduled} onClose={() => setForm(null)} />
      ) : (
        <>
          <p className="flex items-center gap-2 font-semibold text-slate-900 dark:text-white">
            <span aria-hidden className="size-2 shrink-0 rounded-full motion-safe:animate-pulse" style={{ backgroundColor: color }} />
            Connecting you with a person…
          </p>
          <p className="mt-1">They&apos;ll see this whole conversation — no need to repeat yourself.</p>
          <p data-testid="queue-position" className="mt-2 font-medium text-slate-900 dark:text-white">
            {queue ? describeQueue(queue) : "Checking your place in line…"}
          </p>
          <p className="mt-2 text-slate-600 dark:text-slate-300">
            Can&apos;t wait?{" "}
            <button type="button" className={link} style={{ color }} onClick={() => setForm("callback")}>
              Request a callback
            </button>
            {email.available ? (
              <>
                ,{" "}
                <button type="button" className={link} style={{ color }} onClick={() => setForm("email")}>
                  get a reply by e-mail
                </button>
              </>
            ) : null}{" "}
            or{" "}
            <button type="button" className={link} style={{ color }} onClick={onLeaveMessage}>
              leave a message
            </button>{" "}
            — keep typing here; whoever joins will read it, even if you close this page.
          </p>
        </>
      )}
    </section>
  );
}
