/** How the inbox names a customer: their name, else their email (given, or collected by the flow), else "Visitor 3f2a". */
export function customerLabel(conversation: { id: string; customerName: string | null; customerEmail: string | null; variables: unknown }): string {
  const variables = (conversation.variables ?? {}) as Record<string, unknown>;
  const collected = [variables.name, variables.email].find((value): value is string => typeof value === "string" && value.trim() !== "");
  return conversation.customerName || conversation.customerEmail || collected?.trim() || `Visitor ${conversation.id.slice(-4)}`;
}
