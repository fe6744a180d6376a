import type { ExitHelp } from "./controls/panel-intro";

/** The exits warm and cold handoffs share. */
export const handoffExits: ExitHelp[] = [
  { label: "Resolved", when: "the agent hands the conversation back to the bot (optional: unconnected, the chat simply ends)." },
  { label: "No agent", when: "the team is closed, nobody is online or nobody accepts in time — usually lead it to a Callback." },
];

export const teamHint = "Leave on “Team chosen by the Route node” when a Route node comes before this one.";
