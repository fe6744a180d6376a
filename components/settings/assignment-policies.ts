/** The routing choices, in the order the form offers them, with what each one does. */
export const assignmentPolicies = [
  { value: "MANUAL", label: "Manual", explanation: "Agents accept from the queue." },
  { value: "LEAST_BUSY", label: "Least busy", explanation: "The online agent with the fewest conversations gets the next one." },
  { value: "ROUND_ROBIN", label: "Round robin", explanation: "Online agents get conversations in turn." },
] as const;

export type AssignmentPolicy = (typeof assignmentPolicies)[number]["value"];
