import type { VariableValue } from "../engine/engine-state";

/** What a flow knows of the contact behind a chat. */
export interface ContactFacts {
  externalId: string | null;
  email: string | null;
  name: string | null;
  attributes: ReadonlyMap<string, VariableValue>;
  /** Earlier conversations of this contact (not counting this one). */
  previousConversations: number;
  /** Whole days since an earlier conversation of theirs was handed to a person; null when none was. */
  daysSincePerson: number | null;
}

/**
 * The flow variables of a contact: `customer.<attribute>` for each custom
 * attribute, then the fixed ones (which an attribute of the same name cannot
 * replace) — `customer.id`, `.email`, `.name`, `.new`, `.conversations`,
 * `.days_since_person` — and the built-in `customer_name`.
 */
export function customerVariables(facts: ContactFacts): Map<string, VariableValue> {
  const variables = new Map<string, VariableValue>();
  for (const [key, value] of facts.attributes) variables.set(`customer.${key}`, value);
  if (facts.externalId) variables.set("customer.id", facts.externalId);
  if (facts.email) variables.set("customer.email", facts.email);
  if (facts.name) {
    variables.set("customer.name", facts.name);
    variables.set("customer_name", facts.name);
  }
  variables.set("customer.new", facts.previousConversations === 0);
  variables.set("customer.conversations", facts.previousConversations);
  if (facts.daysSincePerson !== null) variables.set("customer.days_since_person", facts.daysSincePerson);
  return variables;
}
