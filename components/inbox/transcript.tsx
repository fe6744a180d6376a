"use client";

import { useLayoutEffect, useMemo, useRef } from "react";
import { buildTimeline } from "./build-timeline";
import type { InboxConversation } from "./inbox-types";
import { PendingEntry, TranscriptEntry } from "./transcript-entry";
import type { OutgoingItem } from "./use-outbox";

const NEAR_BOTTOM_PX = 80;

/**
 * The whole conversation — the bot's part and the people's — with internal
 * notes by time. It is a `log` region, so screen readers announce what
 * arrives; it follows new lines unless the agent has scrolled up to read.
 * The agents' latest reply says "Seen" once the customer has read it.
 */
export function Transcript({
  conversation,
  outgoing,
  customerReadSeq,
}: {
  conversation: InboxConversation;
  outgoing: OutgoingItem[];
  /** How far the customer has read (stored or signalled, whichever is further). */
  customerReadSeq: number;
}) {
  const entries = useMemo(() => buildTimeline(conversation.messages, conversation.notes), [conversation.messages, conversation.notes]);
  const latestReply = conversation.messages.findLast((message) => message.author === "agent")?.seq ?? null;
  const seenSeq = latestReply !== null && customerReadSeq >= latestReply ? latestReply : null;
  const scroller = useRef<HTMLDivElement>(null);
  const following = useRef(true);

  useLayoutEffect(() => {
    const element = scroller.current;
    if (element && following.current) element.scrollTop = element.scrollHeight;
  }, [entries.length, outgoing.length, seenSeq]);

  return (
    <div
      ref={scroller}
      onScroll={(event) => {
        const element = event.currentTarget;
        following.current = element.scrollHeight - element.scrollTop - element.clientHeight < NEAR_BOTTOM_PX;
      }}
      className="min-h-0 flex-1 overflow-y-auto px-4 py-4"
    >
      {entries.length === 0 ? <p className="text-center text-sm text-slate-500">No messages yet.</p> : null}
      <ol role="log" aria-label={`Transcript with ${conversation.customerLabel}`} className="space-y-3">
        {entries.map((entry) => (
          <TranscriptEntry
            key={entry.key}
            entry={entry}
            customerLabel={conversation.customerLabel}
            conversationId={conversation.id}
            seen={entry.kind === "message" && entry.message.seq === seenSeq}
          />
        ))}
      </ol>
      {outgoing.length ? (
        <ol aria-label="Sending" className="mt-3 space-y-3">
          {outgoing.map((item) => (
            <PendingEntry key={item.key} mode={item.mode}>
              {item.text}
            </PendingEntry>
          ))}
        </ol>
      ) : null}
    </div>
  );
}
