"use client";

import { useEffect, useRef, useState } from "react";
import { useChatSession, type Queue } from "./use-chat-session";

const MAX_LENGTH = 4000;

/** "1st in line · about 4 min" — the position and estimate the handoff response gave. */
function describeQueue(queue: Queue): string {
  const minutes = Math.max(1, Math.round(queue.estimatedWaitSeconds / 60));
  return `You're number ${queue.position} in line · about ${minutes} min`;
}

/** The customer's chat: the conversation, choice buttons, a composer, and "Talk to a person" while the bot answers. */
export function ChatWindow({ slug, title, botName, color }: { slug: string; title: string; botName: string; color: string }) {
  const chat = useChatSession(slug);
  const [text, setText] = useState("");
  const log = useRef<HTMLOListElement>(null);
  useEffect(() => {
    // Braces matter: Chromium's scrollIntoView now returns a promise, which React would take for a cleanup.
    log.current?.lastElementChild?.scrollIntoView({ block: "end" });
  }, [chat.messages]);
  // The buttons of the bot's latest question, unless the customer has answered since (status lines don't count).
  const last = chat.messages.findLast((message) => message.author !== "system");
  const choices = last?.author === "bot" ? (last.choices ?? []) : [];
  const ended = chat.status === "resolved" || chat.status === "abandoned";

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    const message = text.trim();
    if (!message || message.length > MAX_LENGTH || chat.busy) return;
    setText("");
    void chat.send({ text: message }, message);
  };

  return (
    <div className="mx-auto flex h-dvh max-w-2xl flex-col bg-white sm:border-x sm:border-slate-200">
      <header className="flex items-center gap-3 px-4 py-3 text-white" style={{ backgroundColor: color }}>
        <div className="min-w-0 flex-1">
          <h1 className="truncate text-base font-semibold">{title}</h1>
          <p className="text-xs opacity-90">{chat.status === "assigned" ? "You're chatting with our team" : chat.status === "queued" ? "Connecting you with a person…" : `${botName} · usually answers at once`}
            {chat.status === "queued" && chat.queue ? <span data-testid="queue-position"> · {describeQueue(chat.queue)}</span> : null}</p>
        </div>
        {chat.status === "bot" ? (
          <button type="button" onClick={() => void chat.askForPerson()} className="rounded-full bg-white/15 px-3 py-1.5 text-sm font-medium hover:bg-white/25">
            Talk to a person
          </button>
        ) : null}
      </header>
      <ol ref={log} aria-live="polite" aria-label="Conversation" className="flex-1 space-y-2 overflow-y-auto p-4">
        {chat.messages.map((message) => (
          <li
            key={message.seq}
            data-author={message.author}
            className={
              message.author === "customer"
                ? "ml-auto max-w-[80%] rounded-2xl rounded-br-sm px-3 py-2 text-sm break-words whitespace-pre-wrap text-white"
                : message.author === "system"
                  ? "text-center text-xs text-slate-500"
                  : "mr-auto max-w-[80%] rounded-2xl rounded-bl-sm bg-slate-100 px-3 py-2 text-sm break-words whitespace-pre-wrap text-slate-900"
            }
            style={message.author === "customer" ? { backgroundColor: color } : undefined}
          >
            {message.author === "agent" && message.agentName ? <span className="block text-xs font-semibold text-slate-500">{message.agentName}</span> : null}
            {message.text}
          </li>
        ))}
      </ol>
      {chat.error ? (
        <p role="alert" className="mx-4 mb-2 rounded-md bg-red-50 px-3 py-2 text-sm text-red-800">
          {chat.error}
        </p>
      ) : null}
      {choices.length ? (
        <div className="flex flex-wrap gap-2 px-4 pb-2">
          {choices.map((choice) => (
            <button
              key={choice.id}
              type="button"
              disabled={chat.busy}
              onClick={() => void chat.send({ choice: choice.id }, choice.label)}
              className="rounded-full border px-3 py-1.5 text-sm font-medium hover:bg-slate-50"
              style={{ borderColor: color, color }}
            >
              {choice.label}
            </button>
          ))}
        </div>
      ) : null}
      {ended ? (
        <div className="border-t border-slate-200 p-4 text-center text-sm text-slate-600">
          This conversation has ended.{" "}
          <button type="button" className="font-medium underline" onClick={() => void chat.restart()}>
            Start a new chat
          </button>
        </div>
      ) : (
        <form onSubmit={submit} className="flex items-end gap-2 border-t border-slate-200 p-3">
          <label htmlFor="chat-input" className="sr-only">
            Your message
          </label>
          <textarea
            id="chat-input"
            rows={1}
            value={text}
            onChange={(event) => setText(event.target.value)}
            onKeyDown={(event) => {
              if (event.key === "Enter" && !event.shiftKey) submit(event);
            }}
            placeholder="Type your message…"
            className="max-h-32 min-w-0 flex-1 resize-none rounded-xl border border-slate-300 px-3 py-2 text-sm"
          />
          <button type="submit" disabled={chat.busy || !text.trim() || text.length > MAX_LENGTH} className="rounded-xl px-4 py-2 text-sm font-medium text-white disabled:opacity-50" style={{ backgroundColor: color }}>
            Send
          </button>
        </form>
      )}
      {text.length > MAX_LENGTH * 0.9 ? <p className="px-4 pb-2 text-right text-xs text-slate-500">{text.length} / {MAX_LENGTH}</p> : null}
    </div>
  );
}
