"use client";

import { lazy, Suspense, useState } from "react";
import { ChatButton } from "./chat-button";
import type { ChatSession } from "./use-chat-session";

// Only ended chats need it: not part of the page's first load.
const RatingForm = lazy(() => import("./rating-form").then((module) => ({ default: module.RatingForm })));
const TranscriptEmailForm = lazy(() => import("./transcript-email-form").then((module) => ({ default: module.TranscriptEmailForm })));

interface ChatEndedProps {
  session: ChatSession;
  status: string;
  color: string;
  /** The flow's end step already asked for a rating in the chat: don't ask twice, offer a comment instead. */
  ratedInChat: boolean;
  onRestart(): void;
}

const link =
  "inline-flex min-h-11 items-center rounded-sm font-medium underline underline-offset-2 focus-visible:ring-2 focus-visible:ring-offset-2 focus-visible:outline-none";

/** The end of a chat: how it ended, a rating with a comment, the transcript (download, or by e-mail when the server can send it), and a way to start over. */
export function ChatEnded({ session, status, color, ratedInChat, onRestart }: ChatEndedProps) {
  const [commenting, setCommenting] = useState(!ratedInChat);
  const ring = { color, "--tw-ring-color": color } as React.CSSProperties;
  return (
    <section
      aria-label="Chat ended"
      className="shrink-0 space-y-3 border-t border-slate-200 bg-white px-4 pt-3 pb-[max(0.75rem,env(safe-area-inset-bottom))] text-sm text-slate-700 dark:border-slate-800 dark:bg-slate-950 dark:text-slate-200"
    >
      <p className="text-center font-medium text-slate-900 dark:text-white">
        {status === "callback_scheduled" ? "Your callback is booked — we'll call you at the time you chose." : "This conversation has ended."}
      </p>
      {commenting ? (
        <Suspense fallback={null}>
          <RatingForm sessionId={session.sessionId} token={session.token} color={color} />
        </Suspense>
      ) : (
        <p className="flex flex-wrap items-center justify-center gap-x-4">
          <button type="button" className={link} style={ring} onClick={() => setCommenting(true)}>
            Add a comment
          </button>
          <a
            href={`/api/v1/chat/sessions/${encodeURIComponent(session.sessionId)}/transcript?token=${encodeURIComponent(session.token)}`}
            download
            rel="noreferrer"
            className={link}
            style={ring}
          >
            Download transcript
          </a>
        </p>
      )}
      <Suspense fallback={null}>
        <TranscriptEmailForm sessionId={session.sessionId} token={session.token} color={color} />
      </Suspense>
      <div className="text-center">
        <ChatButton variant="outline" onClick={onRestart} color={color}>
          Start a new chat
        </ChatButton>
      </div>
    </section>
  );
}
