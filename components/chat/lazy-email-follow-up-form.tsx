"use client";

import { lazy, Suspense } from "react";
import type { EmailFollowUpResponse } from "@/server/conversations/leave-email-follow-up";
import type { ChatSession } from "./use-chat-session";

// Loaded when asked for, like the callback form: the chat page's first load stays small.
const EmailFollowUpForm = lazy(() => import("./email-follow-up-form").then((module) => ({ default: module.EmailFollowUpForm })));

interface LazyEmailFollowUpFormProps {
  session: ChatSession;
  color: string;
  address: string | null;
  onSent(result: EmailFollowUpResponse): void;
  onClose(): void;
}

/** The e-mail follow-up form, fetched on first use; closes itself once sent (then reports it) or cancelled. */
export function LazyEmailFollowUpForm({ session, color, address, onSent, onClose }: LazyEmailFollowUpFormProps) {
  return (
    <Suspense fallback={<p role="status">Loading the form…</p>}>
      <EmailFollowUpForm
        sessionId={session.sessionId}
        token={session.token}
        color={color}
        address={address}
        onSent={(result) => {
          onClose();
          onSent(result);
        }}
        onCancel={onClose}
      />
    </Suspense>
  );
}
