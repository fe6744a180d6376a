const reasons = new Map<string, string>(
  Object.entries({
    explicit_request: "asked for a person",
    button: "pressed “Talk to a person”",
    sentiment: "sounded frustrated",
    low_confidence: "the bot could not understand them several times",
    repeated: "they repeated themselves",
    topic_rule: "the topic needs a person",
    flow: "the flow hands this topic to a person",
    repeat_contact: "they needed a person recently",
    new_customer: "they are a new customer",
  }),
);

/**
 * An extractive summary for the agent: what the customer wants (the
 * detected intent), why the bot escalated, and their own most telling words.
 */
export function summarizeConversation(customerMessages: string[], facts: { intent: string | null; reason: string }): string {
  const parts: string[] = [];
  parts.push(facts.intent ? `Customer needs help with: ${facts.intent}.` : "The bot could not tell what the customer needs.");
  parts.push(`Escalated because ${reasons.get(facts.reason) ?? facts.reason}.`);
  const telling = [...new Set(customerMessages.map((m) => m.trim()).filter((m) => m.split(/\s+/).length >= 3))]
    .sort((a, b) => b.length - a.length)
    .slice(0, 2)
    .sort((a, b) => customerMessages.indexOf(a) - customerMessages.indexOf(b));
  if (telling.length) parts.push(`They said: ${telling.map((m) => `“${m.length > 200 ? `${m.slice(0, 200)}…` : m}”`).join(" … ")}`);
  return parts.join(" ");
}
