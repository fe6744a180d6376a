"use client";

import { lazy, Suspense, useEffect, useRef, useState } from "react";
import { ENDED_STATUSES, ratedInChat, type ChatMessage } from "./chat-message";
import { CallbackOffer } from "./callback-offer";
import { ChatHeader } from "./chat-header";
import { ChoiceButtons } from "./choice-buttons";
import { Composer } from "./composer";
import { ConnectionBanner } from "./connection-banner";
import { MessageList } from "./message-list";
import { useBotPacing } from "./use-bot-pacing";
import { useChatSession } from "./use-chat-session";
import { useHostCustomer } from "./use-host-customer";
import { useHostIdentity } from "./use-host-identity";
import { useCountdown } from "@/components/ui/use-countdown";
import { useReadReceipt } from "./use-read-receipt";
import { useTypingSignal } from "./use-typing-signal";
import { useUnreadNotifier } from "./use-unread-notifier";

// Needed only once a person is asked for, or at the end: outside the first load, fetched when the page is idle.
const loadHandoffPanel = () => import("./handoff-panel");
const loadChatEnded = () => import("./chat-ended");
const HandoffPanel = lazy(() => loadHandoffPanel().then((module) => ({ default: module.HandoffPanel })));
const ChatEnded = lazy(() => loadChatEnded().then((module) => ({ default: module.ChatEnded })));

export interface ChatWindowProps {
  slug: string;
  title: string;
  botName: string;
  color: string;
  /** The bot's picture (https only); initials in a coloured circle when absent. */
  avatarUrl?: string | null;
  /** Sent when the session starts, so the inbox can tell the widget from the chat link. */
  channel?: "web" | "widget";
  /** "embedded" fills the widget's iframe: no page margins or borders, a compact header. */
  variant?: "page" | "embedded";
}

/** The customer's chat: the conversation, the bot's buttons, the handoff and its queue, a composer that survives going offline, and the end. */
export function ChatWindow({ slug, title, botName, color, avatarUrl = null, channel = "web", variant = "page" }: ChatWindowProps) {
  const [draft, setDraft] = useState("");
  const composer = useRef<HTMLTextAreaElement>(null);
  // In the widget, who the host page says the customer is: a new chat starts with it, so the greeting can name them.
  const host = useHostCustomer(variant === "embedded");
  const chat = useChatSession(slug, channel, {
    // A refused message comes back to the box, in front of anything typed since: nothing is lost.
    onRestoreDraft: (text) => setDraft((current) => (current.trim() ? `${text}\n${current}` : text)),
    hold: !host.settled,
    customer: host.customer,
  });
  const { visible, botTyping } = useBotPacing(chat.messages, chat.instantThrough);
  const typing = useTypingSignal(chat.session, chat.status);
  useReadReceipt(chat.session, visible);
  useUnreadNotifier(variant === "embedded", visible);
  useHostIdentity(slug, chat.session, host.customer);
  const waitSeconds = useCountdown(chat.notice?.retryAt);
  useEffect(() => {
    const prefetch = () => void Promise.all([loadHandoffPanel(), loadChatEnded()]).catch(() => undefined);
    const timer = setTimeout(prefetch, 1500);
    return () => clearTimeout(timer);
  }, []);

  const embedded = variant === "embedded";
  const ended = ENDED_STATUSES.includes(chat.status);
  const look = { botName, botAvatarUrl: avatarUrl, color };
  // The bot's latest question, unless the customer has answered since (status lines don't count).
  const last = visible.findLast((message) => message.author !== "system");
  const question = last?.author === "bot" && !botTyping && !chat.pending.length ? last : null;
  const agentName = chat.status === "assigned" ? (visible.findLast((message) => message.agentName)?.agentName ?? null) : null;

  const choose = (choice: NonNullable<ChatMessage["choices"]>[number], asText: boolean) => {
    chat.send(asText ? { text: choice.label } : { choice: choice.id }, choice.label);
    composer.current?.focus();
  };

  const send = (text: string) => {
    typing.stopped();
    chat.send({ text }, text);
    setDraft("");
  };

  return (
    <div style={{ colorScheme: "light dark" }} className={embedded ? "h-dvh bg-white dark:bg-slate-950" : "min-h-dvh bg-slate-50 dark:bg-slate-950"}>
      <div
        className={`flex h-dvh w-full flex-col overflow-hidden bg-white text-slate-900 dark:bg-slate-950 dark:text-slate-100 ${embedded ? "" : "mx-auto max-w-2xl sm:border-x sm:border-slate-200 sm:shadow-sm dark:sm:border-slate-800"}`}
      >
        <ChatHeader
          title={title}
          botName={botName}
          avatarUrl={avatarUrl}
          color={color}
          status={chat.status}
          agentName={agentName}
          compact={embedded}
          onTalkToPerson={chat.session && chat.status === "bot" ? () => void chat.askForPerson() : null}
          askingForPerson={chat.askingForPerson}
        />
        <ConnectionBanner connected={chat.connected} />
        {chat.loadError ? (
          <div role="alert" className="flex flex-1 flex-col items-center justify-center gap-3 p-6 text-center text-sm">
            <p>{chat.loadError}</p>
            <button
              type="button"
              onClick={() => void chat.retryOpen()}
              className="min-h-11 rounded-full px-5 font-medium focus-visible:ring-2 focus-visible:ring-offset-2 focus-visible:outline-none"
              style={{ backgroundColor: color, color: "#fff", "--tw-ring-color": color } as React.CSSProperties}
            >
              Try again
            </button>
          </div>
        ) : chat.loading ? (
          <p role="status" className="flex flex-1 items-center justify-center text-sm text-slate-500 dark:text-slate-400">
            Starting the chat…
          </p>
        ) : (
          <MessageList messages={visible} pending={chat.pending} look={look} botTyping={botTyping} agentReadSeq={chat.agentReadSeq} />
        )}
        {chat.agentTyping ? (
          <p className="shrink-0 px-4 pb-1 text-xs text-slate-500 italic dark:text-slate-400" data-testid="agent-typing">
            {chat.agentTyping.split(" ")[0]} is typing…
          </p>
        ) : null}
        {chat.session && chat.status === "queued" ? (
          <Suspense fallback={null}>
            <HandoffPanel
              session={chat.session}
              queue={chat.queue}
              color={color}
              onScheduled={chat.applyReply}
              onLeaveMessage={() => composer.current?.focus()}
            />
          </Suspense>
        ) : null}
        {chat.status === "awaiting_email" ? (
          <p
            role="status"
            className="mx-3 mb-2 shrink-0 rounded-2xl border border-slate-200 bg-slate-50 px-4 py-3 text-sm text-slate-700 sm:mx-4 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-200"
          >
            We have your message and will reply by e-mail. You can close this page — anything you add here reaches the team too.
          </p>
        ) : null}
        {chat.notice ? (
          <div
            role="alert"
            className="mx-3 mb-2 flex shrink-0 items-start gap-2 rounded-xl bg-red-50 px-3 py-2 text-sm text-red-900 sm:mx-4 dark:bg-red-950 dark:text-red-100"
          >
            <p className="flex-1">{chat.notice.text}</p>
            <button
              type="button"
              aria-label="Dismiss"
              onClick={chat.dismissNotice}
              className="-my-1 rounded-md px-2 py-1 text-base leading-none hover:bg-red-100 focus-visible:ring-2 focus-visible:ring-red-700 focus-visible:outline-none dark:hover:bg-red-900"
            >
              ×
            </button>
          </div>
        ) : null}
        {chat.session && ended ? (
          <Suspense fallback={<p className="border-t border-slate-200 p-4 text-center text-sm dark:border-slate-800">This conversation has ended.</p>}>
            <ChatEnded session={chat.session} status={chat.status} color={color} ratedInChat={ratedInChat(visible)} onRestart={() => void chat.restart()} />
          </Suspense>
        ) : chat.session ? (
          <>
            {question?.inputKind === "callback" ? (
              // One offer of a callback: the bot's buttons, "Yes" opening the booking form (keyed so a new offer starts closed).
              <CallbackOffer key={question.id} session={chat.session} message={question} color={color} onChoose={choose} onScheduled={chat.applyReply} />
            ) : question ? (
              <ChoiceButtons message={question} color={color} onChoose={choose} />
            ) : null}
            <Composer
              ref={composer}
              value={draft}
              onChange={(text) => {
                setDraft(text);
                typing.typed(text);
              }}
              onSend={send}
              inputKind={question?.inputKind}
              color={color}
              blockedFor={waitSeconds ? `You can send again in ${waitSeconds} s.` : null}
            />
          </>
        ) : null}
      </div>
    </div>
  );
}
