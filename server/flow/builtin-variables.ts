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
