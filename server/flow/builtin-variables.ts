/** Variables every flow has without declaring them. */
export const builtinVariables = [
  "intent",
  "last_message",
  "team_name",
  "agent_name",
  "customer_name",
  "callback_phone",
  "callback_slot",
  "callback_time_zone",
  "bot_name",
] as const;

/** What the host site's identity gives every flow (server/contacts/customer-variables.ts), besides `customer.<attribute>`. */
export const customerVariableNames = [
  "customer.id",
  "customer.email",
  "customer.name",
  "customer.new",
  "customer.conversations",
  "customer.days_since_person",
] as const;
