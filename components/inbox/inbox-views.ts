export const inboxViews = [
  {
    id: "mine",
    label: "Mine",
    emptyTitle: "Nothing assigned to you",
    emptyText: "Conversations you accept or are given appear here. Pick one from Unassigned to get started.",
  },
  {
    id: "unassigned",
    label: "Unassigned",
    emptyTitle: "Nothing waiting",
    emptyText: "New conversations appear here the moment a customer asks for a person.",
  },
  {
    id: "email",
    label: "Awaiting e-mail",
    emptyTitle: "No e-mail replies owed",
    emptyText: "When nobody is free, customers can leave a message for a reply by e-mail; those waiting for one are listed here.",
  },
  {
    id: "all",
    label: "All teams",
    emptyTitle: "No open conversations",
    emptyText: "Every team's queue is empty right now.",
  },
  {
    id: "callbacks",
    label: "Callbacks",
    emptyTitle: "No callbacks to make",
    emptyText: "When nobody is available, customers can ask to be called back; those calls are listed here.",
  },
  {
    id: "resolved",
    label: "Resolved",
    emptyTitle: "Nothing resolved yet",
    emptyText: "Conversations you resolve or hand back to the bot are kept here.",
  },
] as const;

export type InboxView = (typeof inboxViews)[number]["id"];
export type InboxViewInfo = (typeof inboxViews)[number];

/** The view named in the URL, or Mine when it names none we know. */
export function parseView(value: string | null | undefined): InboxView {
  return inboxViews.find((view) => view.id === value)?.id ?? "mine";
}
