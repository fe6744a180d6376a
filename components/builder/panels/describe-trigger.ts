import { cueLabel } from "@/server/engine/cue-label";

const reasons = new Map<string, string>([
  ["explicit_request", "the customer asked for a person"],
  ["button", "the customer pressed “Talk to a person”"],
  ["sentiment", "the customer seemed frustrated"],
  ["low_confidence", "the bot did not understand several times in a row"],
  ["repeated", "the customer repeated themselves"],
  ["topic_rule", "a topic rule matched"],
  ["repeat_contact", "the customer needed a person recently"],
  ["new_customer", "the customer is new"],
]);

const lowered = new Map<string, string>([
  ["trend", "the bar was lowered by a worsening mood"],
  ["signal", "the bar was lowered by earlier trouble in this chat"],
]);

/**
 * Why the preview escalated (or offered a person, or found no article), in a
 * line an admin can tune their settings from: the reason and the cue that
 * fired. Null for trigger events that are not decisions (a team with nobody online).
 */
export function describeTrigger(data: Record<string, unknown> | undefined): string | null {
  if (!data) return null;
  if (typeof data.noMatch === "string") {
    const bar = typeof data.minRelevance === "number" ? ` (relevance below ${Math.round(data.minRelevance * 100)} %)` : "";
    return `No article answered the question well enough${bar}: took “No article”.`;
  }
  const reason = typeof data.reason === "string" ? data.reason : null;
  if (!reason) return null;
  const urgent = data.urgent === true;
  const why = reason === "sentiment" && urgent ? "the customer needs it urgently" : (reasons.get(reason) ?? reason.replace(/_/g, " "));
  const parts = [`${data.action === "offer" ? "Offered a person" : "Escalated"}: ${why}`];
  if (typeof data.cue === "string") {
    const score = typeof data.score === "number" && data.score > 0 ? ` (score ${data.score.toFixed(2)})` : "";
    parts.push(`cue ${cueLabel(data.cue)}: “${String(data.cueText ?? "")}”${score}`);
  }
  const bar = typeof data.lowered === "string" ? lowered.get(data.lowered) : undefined;
  if (bar) parts.push(bar);
  return `${parts.join(" — ")}.`;
}
