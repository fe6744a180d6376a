"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { otherWordings } from "./other-wordings";

export interface GroupView {
  flowId: string;
  flowName: string;
  phraseKey: string;
  count: number;
  conversations: number;
  lastAt: Date;
  samples: { conversationId: string; text: string; guess: string | null }[];
}
export interface TargetView {
  nodeId: string;
  text: string;
  intents: { id: string; name: string }[];
}

interface RowProps {
  group: GroupView;
  targets: TargetView[];
  busy: boolean;
  onAdd: (target: { nodeId: string; intentId: string; intentName: string }, text: string) => void;
  onDismiss: () => void;
}

/** One wording the bot missed: how often, its conversations, and the two ways to close it (teach an intent, or dismiss). */
export function UnrecognisedGroupRow({ group, targets, busy, onAdd, onDismiss }: RowProps) {
  const text = group.samples[0]?.text ?? group.phraseKey;
  const others = otherWordings(
    group.samples.map((sample) => sample.text),
    text,
  );
  const guess = group.samples.find((sample) => sample.guess)?.guess ?? null;
  const options = targets.flatMap((target) => target.intents.map((intent) => ({ value: `${target.nodeId}\u0000${intent.id}`, target, intent })));
  const [choice, setChoice] = useState(() => options.find((option) => option.intent.name === guess)?.value ?? options[0]?.value ?? "");
  const chosen = options.find((option) => option.value === choice);
  const several = targets.length > 1;
  return (
    <li className="rounded-lg border border-slate-200 bg-white p-4" data-testid="unrecognised-group" data-phrase-key={group.phraseKey}>
      <div className="flex flex-wrap items-start gap-3">
        <div className="min-w-0 flex-1">
          <p className="text-base font-medium text-slate-900">“{text}”</p>
          <p className="mt-0.5 text-xs text-slate-500">
            <span data-testid="unrecognised-count">{group.count}</span> {group.count === 1 ? "time" : "times"} in {group.conversations}{" "}
            {group.conversations === 1 ? "conversation" : "conversations"} · {group.flowName} · last {group.lastAt.toLocaleString()}
            {guess ? ` · closest intent: ${guess}` : ""}
          </p>
          {others.length ? <p className="mt-1 text-xs text-slate-500">Also worded: {others.map((other) => `“${other}”`).join(", ")}</p> : null}
          <p className="mt-1 flex flex-wrap gap-2 text-xs">
            {group.samples.map((sample, index) => (
              <a
                key={`${sample.conversationId}-${index}`}
                href={`/inbox?c=${encodeURIComponent(sample.conversationId)}&view=all`}
                className="text-brand-700 underline"
              >
                Conversation {index + 1}
              </a>
            ))}
          </p>
        </div>
        <div className="flex flex-wrap items-center gap-2">
          {options.length ? (
            <>
              <select
                aria-label={`Intent for “${text}”`}
                className="max-w-56 rounded-md border border-slate-300 px-2 py-1.5 text-sm"
                value={choice}
                onChange={(event) => setChoice(event.target.value)}
              >
                {targets.map((target) => (
                  <optgroup key={target.nodeId} label={several ? `${target.nodeId}: ${target.text.slice(0, 40)}` : "Intents"}>
                    {target.intents.map((intent) => (
                      <option key={intent.id} value={`${target.nodeId}\u0000${intent.id}`}>
                        {intent.name}
                      </option>
                    ))}
                  </optgroup>
                ))}
              </select>
              <Button
                disabled={busy || !chosen}
                onClick={() => chosen && onAdd({ nodeId: chosen.target.nodeId, intentId: chosen.intent.id, intentName: chosen.intent.name }, text)}
              >
                Add as example
              </Button>
            </>
          ) : (
            <span className="text-xs text-slate-500">This flow&apos;s draft has no Understand step with intents.</span>
          )}
          <Button variant="secondary" disabled={busy} onClick={onDismiss}>
            Dismiss
          </Button>
        </div>
      </div>
    </li>
  );
}
