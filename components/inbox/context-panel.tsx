"use client";

import { ContextVariables } from "./context-variables";
import { formatWait } from "./format-wait";
import type { InboxConversation } from "./inbox-types";
import { readContextPackage } from "./read-context-package";
import { reasonLabel } from "@/server/engine/reason-label";
import { SentimentTrend } from "./sentiment-trend";
import { cueLabel } from "@/server/engine/cue-label";
import { languageName } from "./language-name";

const channels = new Map([
  ["WEB", "Chat link"],
  ["WIDGET", "Website widget"],
  ["API", "API"],
  ["PREVIEW", "Builder preview"],
]);

function Item({ term, children }: { term: string; children: React.ReactNode }) {
  return (
    <div>
      <dt className="text-xs font-medium uppercase tracking-wide text-slate-500">{term}</dt>
      <dd className="mt-0.5 text-sm text-slate-800">{children}</dd>
    </div>
  );
}

/**
 * The context package — what the bot learned before handing over — so the
 * agent's first message can show they already know: summary, why, intent,
 * mood, what was tried, what was collected, where and how long.
 */
export function ContextPanel({ conversation, now }: { conversation: InboxConversation; now: Date }) {
  const { handoff } = conversation;
  const context = readContextPackage(handoff?.context);
  const channel = context.channel ?? conversation.channel;
  // A transfer or an e-mailed answer opens a new handoff with its own reason: the agent still needs the customer's original one.
  const original = reasonLabel(context.reason);
  const later = handoff?.reason === "transfer" ? "then transferred" : handoff?.reason === "email_reply" ? "then answered by e-mail" : null;
  const reason = later ? (original ? `${original} (${later})` : reasonLabel(handoff?.reason)) : reasonLabel(handoff?.reason ?? context.reason);
  const { articles, rephrases } = context.tried;

  return (
    <section aria-labelledby="context-heading" className="space-y-4">
      <h2 id="context-heading" className="text-sm font-semibold text-slate-900">
        Context
      </h2>
      {!handoff ? <p className="text-sm text-slate-500">No handoff yet: the bot has not passed this conversation to a person.</p> : null}
      <dl className="space-y-3">
        {handoff ? (
          <>
            <Item term="Summary">
              <p className="whitespace-pre-wrap break-words">{context.summary || "No summary was made."}</p>
            </Item>
            <Item term="Why it escalated">
              {reason ?? "Not recorded"}
              {context.cue ? <span className="block text-xs text-slate-500">{`${cueLabel(context.cue.kind)}: “${context.cue.text}”`}</span> : null}
            </Item>
            <Item term="Intent">
              {context.intent ? `${context.intent.name} (${Math.round(context.intent.confidence * 100)}% confident)` : "Not recognised"}
            </Item>
            <Item term="Sentiment">
              <SentimentTrend trend={context.sentimentTrend} />
            </Item>
            <Item term="The bot already tried">
              {articles.length ? (
                <ul className="list-disc pl-4">
                  {articles.map((article) => (
                    <li key={article.id}>Article: {article.title}</li>
                  ))}
                </ul>
              ) : (
                <p>No articles shown.</p>
              )}
              <p>{rephrases === 0 ? "Never asked to rephrase." : `Asked to rephrase ${rephrases === 1 ? "once" : `${rephrases} times`}.`}</p>
            </Item>
            <Item term="Collected details">
              <ContextVariables variables={context.variables} />
            </Item>
          </>
        ) : null}
        <Item term="Channel">{channels.get(channel.toUpperCase()) ?? channel}</Item>
        <Item term="Language">{languageName(conversation.language ?? context.language)}</Item>
        {handoff && !handoff.acceptedAt && handoff.outcome === "NO_AGENT" ? (
          <Item term="Nobody was free">{`${formatWait(handoff.requestedAt, now)} ago`}</Item>
        ) : handoff ? (
          <Item term={handoff.acceptedAt ? "Handed over" : "Waiting"}>
            {handoff.acceptedAt
              ? `${formatWait(handoff.requestedAt, now)} ago · waited ${formatWait(handoff.requestedAt, handoff.acceptedAt)}`
              : `${formatWait(handoff.requestedAt, now)} since the handoff`}
          </Item>
        ) : null}
      </dl>
    </section>
  );
}
