"use client";

import { Button } from "@/components/ui/button";
import { cueLabel } from "@/server/engine/cue-label";
import type { PreviewHandoff } from "./preview-types";

const reasons = new Map<string, string>([
  ["explicit_request", "The customer asked for a person"],
  ["button", "The customer pressed “Talk to a person”"],
  ["sentiment", "The customer seemed frustrated"],
  ["low_confidence", "The bot did not understand several times"],
  ["repeated", "The customer repeated themselves"],
  ["topic_rule", "A topic rule matched"],
  ["repeat_contact", "The customer needed a person recently"],
  ["new_customer", "The customer is new"],
  ["flow", "The flow reached a handoff"],
]);

/** What the agent would receive — shown instead of queueing, since a preview never reaches the inbox. */
export function HandoffPreview({
  handoff,
  teamName,
  onFinish,
}: {
  handoff: PreviewHandoff;
  teamName: string;
  onFinish: (outcome: "resolved" | "no_agent") => void;
}) {
  const { context } = handoff;
  const variables = Object.entries(context.variables);
  return (
    <section
      aria-label="What the agent receives"
      className="rounded-lg border border-amber-200 bg-amber-50 p-3 text-xs text-slate-700"
      data-testid="handoff-preview"
    >
      <h3 className="text-sm font-semibold text-amber-900">
        {handoff.kind === "WARM" ? "Warm" : "Cold"} handoff to {teamName}
      </h3>
      <dl className="mt-2 space-y-1">
        <dt className="font-medium">Why</dt>
        <dd>
          {reasons.get(context.reason) ?? context.reason}
          {context.cue ? ` — ${cueLabel(context.cue.kind)}: “${context.cue.text}”` : ""}
        </dd>
        <dt className="font-medium">Summary</dt>
        <dd>{context.summary}</dd>
        <dt className="font-medium">Intent</dt>
        <dd>{context.intent ? `${context.intent.name} (${Math.round(context.intent.confidence * 100)}%)` : "Not recognised"}</dd>
        <dt className="font-medium">Sentiment</dt>
        <dd>{context.sentimentTrend.length ? context.sentimentTrend.map((score) => score.toFixed(1)).join(" → ") : "—"}</dd>
        <dt className="font-medium">Already tried</dt>
        <dd>
          {context.tried.articles.length ? `Articles: ${context.tried.articles.map((article) => article.title).join(", ")}. ` : "No articles. "}
          {context.tried.rephrases ? `Asked to rephrase ${context.tried.rephrases}×.` : ""}
        </dd>
        {variables.length ? (
          <>
            <dt className="font-medium">Variables</dt>
            <dd>{variables.map(([name, value]) => `${name} = ${String(value)}`).join(", ")}</dd>
          </>
        ) : null}
      </dl>
      <p className="mt-3 text-slate-600">In the real chat the customer now waits for an agent. Simulate what happens next:</p>
      <div className="mt-2 flex flex-wrap gap-2">
        <Button variant="secondary" onClick={() => onFinish("resolved")}>
          Agent resolved it
        </Button>
        <Button variant="secondary" onClick={() => onFinish("no_agent")}>
          No agent available
        </Button>
      </div>
    </section>
  );
}
