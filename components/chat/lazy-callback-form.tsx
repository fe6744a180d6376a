"use client";

import { lazy, Suspense } from "react";
import type { ChatMessage } from "./chat-message";
import type { ChatSession } from "./use-chat-session";

// Loaded when asked for: most customers never book a callback, and the chat page's first load stays small.
const CallbackForm = lazy(() => import("./callback-form").then((module) => ({ default: module.CallbackForm })));

interface LazyCallbackFormProps {
  session: ChatSession;
  color: string;
  onScheduled(result: { status: string; messages: ChatMessage[] }): void;
  onClose(): void;
}

/** The callback form, fetched on first use; closes itself once booked (then reports the booking) or cancelled. */
export function LazyCallbackForm({ session, color, onScheduled, onClose }: LazyCallbackFormProps) {
  return (
    <Suspense fallback={<p role="status">Loading the callback form…</p>}>
      <CallbackForm
        sessionId={session.sessionId}
        token={session.token}
        color={color}
        onScheduled={(result) => {
          onClose();
          onScheduled(result);
        }}
        onCancel={onClose}
      />
    </Suspense>
  );
}
