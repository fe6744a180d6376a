"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { CallbackActions } from "./callback-actions";
import { HandBackForm } from "./hand-back-form";
import type { InboxCallback, InboxConversation } from "./inbox-types";
import { ScheduleCallbackForm } from "./schedule-callback-form";
import { TransferForm } from "./transfer-form";

function Section({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <div className="space-y-2 border-t border-slate-200 pt-3">
      <h3 className="text-xs font-medium uppercase tracking-wide text-slate-500">{title}</h3>
      {children}
    </div>
  );
}

/**
 * What the agent can do with the conversation besides replying and
 * resolving (those sit in the header): hand back to the bot, schedule a
 * callback, transfer, and work its callback. Each appears only when it applies;
 * the server still has the last word, and its refusals are shown.
 */
export function ConversationActions({
  conversation,
  callback,
  onScheduled,
}: {
  conversation: InboxConversation;
  callback: InboxCallback | undefined;
  /** A callback was booked: the conversation now waits in Callbacks. */
  onScheduled: () => void;
}) {
  const [transferring, setTransferring] = useState(false);
  const [scheduling, setScheduling] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const mayAct = conversation.canManage;

  return (
    <section aria-label="Actions" className="space-y-3">
      <p role="status" className={notice ? "rounded-md bg-emerald-50 px-3 py-1.5 text-sm text-emerald-800" : "sr-only"}>
        {notice}
      </p>
      {callback ? (
        <Section title="Callback">
          <CallbackActions callback={callback} conversationId={conversation.id} />
        </Section>
      ) : null}
      {conversation.canManage && conversation.status === "ASSIGNED" && conversation.handBackNodes.length > 0 ? (
        <Section title="Hand back">
          <HandBackForm conversation={conversation} />
        </Section>
      ) : null}
      {mayAct && !callback ? (
        <Section title="Call back">
          {scheduling ? (
            <>
              <ScheduleCallbackForm
                conversation={conversation}
                onDone={(message) => {
                  setNotice(message);
                  setScheduling(false);
                  onScheduled();
                }}
              />
              <Button variant="ghost" className="w-full" onClick={() => setScheduling(false)}>
                Cancel
              </Button>
            </>
          ) : (
            <Button variant="secondary" className="w-full" aria-expanded={false} onClick={() => setScheduling(true)}>
              Schedule callback…
            </Button>
          )}
        </Section>
      ) : null}
      {mayAct ? (
        <Section title="Transfer">
          {transferring ? (
            <>
              <TransferForm
                conversation={conversation}
                onDone={(message) => {
                  setNotice(message);
                  setTransferring(false);
                }}
              />
              <Button variant="ghost" className="w-full" onClick={() => setTransferring(false)}>
                Cancel
              </Button>
            </>
          ) : (
            <Button variant="secondary" className="w-full" aria-expanded={false} onClick={() => setTransferring(true)}>
              Transfer…
            </Button>
          )}
        </Section>
      ) : null}
    </section>
  );
}
