"use client";

import { useEffect, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { useEditorData } from "../editor/editor-data";
import { useEditorStores } from "../editor/editor-stores";
import { HandoffPreview } from "./handoff-preview";
import { usePreviewChat, type PreviewAgents } from "./use-preview-chat";

/** Chat with the draft as a customer would; the step being run is highlighted on the canvas. */
export function PreviewPanel() {
  const [agents, setAgents] = useState<PreviewAgents>("available");
  const chat = usePreviewChat(agents);
  const { ui } = useEditorStores();
  const { context } = useEditorData();
  const [text, setText] = useState("");
  const log = useRef<HTMLOListElement>(null);
  const { restart } = chat;

  useEffect(() => {
    restart();
    return () => ui.getState().setPreviewNode(null);
  }, [restart, ui]);
  useEffect(() => {
    // Braces matter: Chromium's scrollIntoView now returns a promise, which React would take for a cleanup.
    log.current?.lastElementChild?.scrollIntoView({ block: "end" });
  }, [chat.lines, chat.handoff]);

  const lastChoices = chat.lines.at(-1)?.author === "bot" ? chat.lines.at(-1)?.choices : undefined;
  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    const message = text.trim();
    if (!message || chat.busy) return;
    setText("");
    void chat.send({ kind: "message", text: message }, message);
  };

  return (
    <div className="flex h-full flex-col" data-testid="preview-panel">
      <div className="flex items-center justify-between border-b border-slate-200 px-4 py-2">
        <p className="text-xs text-slate-500">Preview of the draft — nothing reaches the inbox.</p>
        <Button variant="ghost" onClick={restart}>
          Restart
        </Button>
      </div>
      <div className="flex items-center gap-2 border-b border-slate-100 px-4 py-2 text-xs text-slate-600">
        <label htmlFor="preview-agents">When the bot hands over:</label>
        <select
          id="preview-agents"
          value={agents}
          onChange={(event) => setAgents(event.target.value as PreviewAgents)}
          className="rounded border border-slate-300 px-1 py-0.5"
        >
          <option value="available">an agent is free</option>
          <option value="nobody">nobody is available</option>
          <option value="live">as in the inbox right now</option>
        </select>
      </div>
      <ol ref={log} aria-live="polite" aria-label="Preview conversation" className="flex-1 space-y-2 overflow-y-auto p-4">
        {chat.lines.map((line, index) => (
          <li
            key={index}
            className={
              line.author === "customer"
                ? "ml-8 rounded-lg bg-brand-600 px-3 py-2 text-sm whitespace-pre-wrap text-white"
                : line.author === "system"
                  ? "text-center text-xs text-slate-500"
                  : "mr-8 rounded-lg bg-slate-100 px-3 py-2 text-sm whitespace-pre-wrap text-slate-800"
            }
            data-author={line.author}
            data-testid={line.trigger ? "preview-trigger" : undefined}
          >
            {line.text}
          </li>
        ))}
        {chat.handoff ? (
          <li>
            <HandoffPreview
              handoff={chat.handoff}
              teamName={context.teams.find((team) => team.id === chat.handoff?.teamId)?.name ?? "the team"}
              onFinish={(outcome) => void chat.send({ kind: "human_finished", outcome })}
            />
          </li>
        ) : null}
        {chat.ended ? <li className="text-center text-xs text-slate-500">The conversation ended.</li> : null}
      </ol>
      {chat.error ? (
        <p role="alert" className="px-4 pb-2 text-sm text-red-700">
          {chat.error}
        </p>
      ) : null}
      {lastChoices?.length ? (
        <div className="flex flex-wrap gap-2 px-4 pb-2">
          {lastChoices.map((choice) => (
            <Button
              key={choice.id}
              variant="secondary"
              disabled={chat.busy}
              onClick={() => void chat.send({ kind: "choice", choiceId: choice.id }, choice.label)}
            >
              {choice.label}
            </Button>
          ))}
        </div>
      ) : null}
      <form onSubmit={submit} className="flex gap-2 border-t border-slate-200 p-3">
        <label htmlFor="preview-input" className="sr-only">
          Message to the bot
        </label>
        <input
          id="preview-input"
          value={text}
          maxLength={4000}
          onChange={(event) => setText(event.target.value)}
          disabled={chat.ended || Boolean(chat.handoff)}
          placeholder={chat.handoff ? "Waiting for an agent…" : "Type as a customer…"}
          className="min-w-0 flex-1 rounded-md border border-slate-300 px-3 py-2 text-sm"
        />
        <Button type="submit" disabled={chat.busy || chat.ended || Boolean(chat.handoff)}>
          Send
        </Button>
      </form>
      <div className="flex items-center justify-between border-t border-slate-100 px-4 py-2">
        <Button
          variant="ghost"
          disabled={chat.busy || chat.ended || Boolean(chat.handoff)}
          onClick={() => void chat.send({ kind: "handoff_button" }, "(pressed “Talk to a person”)")}
        >
          Talk to a person
        </Button>
        <details className="text-xs text-slate-600">
          <summary className="cursor-pointer">Variables ({Object.keys(chat.variables).length})</summary>
          <dl className="mt-1 max-h-40 overflow-y-auto" data-testid="preview-variables">
            {Object.entries(chat.variables).map(([name, value]) => (
              <div key={name} className="flex gap-2">
                <dt className="font-mono">{name}</dt>
                <dd className="truncate">{String(value)}</dd>
              </div>
            ))}
          </dl>
        </details>
      </div>
    </div>
  );
}
