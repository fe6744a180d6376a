/** A collected value as text, or null when there is nothing worth inserting (empty, an object, a list). */
function asText(value: unknown): string | null {
  if (typeof value === "string") return value.trim() || null;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return null;
}

/**
 * What {{placeholders}} in canned replies are filled with when this agent
 * inserts one: whatever the bot collected (by the flow's variable names, as
 * the context panel lists them), and — named as in flows — the customer's
 * name when it is known, the agent's and the team's. Text values only; what
 * is missing here stays in the reply for the agent to fill in by hand.
 */
export function replyPlaceholders(
  conversation: { customerName: string | null; variables: unknown; team: { name: string } | null },
  agentName: string,
): Record<string, string> {
  const collected = conversation.variables !== null && typeof conversation.variables === "object" ? (conversation.variables as Record<string, unknown>) : {};
  // Null prototype: keyed by the flow's variable names, which are the admin's words.
  const values: Record<string, string> = Object.create(null);
  for (const [name, value] of Object.entries(collected)) {
    const text = asText(value);
    if (text !== null) values[name] = text;
  }
  const customerName = asText(conversation.customerName) ?? asText(collected.customer_name) ?? asText(collected.name);
  if (customerName) values.customer_name = customerName;
  // The live agent and team, never what a variable of that name says from earlier (a transfer changes both).
  delete values.agent_name;
  delete values.team_name;
  if (agentName.trim()) values.agent_name = agentName.trim();
  if (conversation.team) values.team_name = conversation.team.name;
  return values;
}
