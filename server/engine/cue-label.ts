const labels = new Map<string, string>([
  ["giving_up", "Giving up"],
  ["blame", "Blame"],
  ["negated_help", "Not helped"],
  ["repetition", "Repeating"],
  ["waiting", "Time wasted"],
  ["anger", "Anger"],
  ["insult", "Insult"],
  ["profanity", "Profanity"],
  ["consequence", "Cost them"],
  ["ignored", "Not listened to"],
  ["sarcasm", "Sarcasm"],
  ["leaving", "Threat to leave"],
  ["urgency", "Urgent"],
  ["shouting", "Shouting"],
  ["outburst", "Outburst"],
  ["tone", "Negative tone"],
  ["learned", "Upset wording"],
  ["sentiment", "Negative sentiment"],
]);

/** A frustration cue's kind in the words the Preview and the inbox show ("giving_up" → "Giving up"). */
export function cueLabel(kind: string): string {
  return labels.get(kind) ?? kind.replace(/_/g, " ");
}
