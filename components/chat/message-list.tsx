"use client";

import { useEffect, useRef } from "react";
import type { ChatMessage } from "./chat-message";
import { MessageItem, type MessageLook } from "./message-item";
import type { OutboxItem } from "./outbox";
import { PendingItem } from "./pending-item";
import { TypingBubble } from "./typing-bubble";

/** Close enough to the bottom to follow new messages; further up, the customer is reading back and stays put. */
const FOLLOW_PX = 120;

interface MessageListProps {
  messages: readonly ChatMessage[];
  pending: readonly OutboxItem[];
  look: MessageLook;
  botTyping: boolean;
  /** Everything up to this seq has been seen by the agent. */
  agentReadSeq: number;
}

/** The conversation as a live log: screen readers hear new messages politely; the view follows the newest. */
export function MessageList({ messages, pending, look, botTyping, agentReadSeq }: MessageListProps) {
  const scroller = useRef<HTMLDivElement>(null);
  const following = useRef(true);
  const lastCustomerSeq = messages.findLast((message) => message.author === "customer")?.seq ?? 0;
  const seen = !pending.length && lastCustomerSeq > 0 && agentReadSeq >= lastCustomerSeq;

  useEffect(() => {
    const element = scroller.current;
    if (element && (following.current || pending.length)) element.scrollTop = element.scrollHeight;
  }, [messages, pending, botTyping]);

  return (
    <div
      ref={scroller}
      onScroll={(event) => {
        const element = event.currentTarget;
        following.current = element.scrollHeight - element.scrollTop - element.clientHeight < FOLLOW_PX;
      }}
      className="min-h-0 flex-1 overflow-x-hidden overflow-y-auto overscroll-contain"
    >
      <ol role="log" aria-live="polite" aria-relevant="additions" aria-label="Conversation" className="flex flex-col gap-1 px-3 py-4 sm:px-4">
        {messages.map((message, index) => {
          const previous = messages[index - 1];
          const first = !previous || previous.author !== message.author || previous.agentName !== message.agentName;
          return (
            <MessageItem
              key={message.seq}
              message={message}
              look={look}
              first={first}
              footer={
                seen && message.seq === lastCustomerSeq ? (
                  <span className="mt-0.5 px-1 text-xs text-slate-500 dark:text-slate-400" data-testid="seen">
                    Seen
                  </span>
                ) : null
              }
            />
          );
        })}
        {pending.map((item) => (
          <PendingItem key={item.clientMessageId} item={item} color={look.color} />
        ))}
        {botTyping ? <TypingBubble name={look.botName} avatarUrl={look.botAvatarUrl} color={look.color} /> : null}
      </ol>
    </div>
  );
}
