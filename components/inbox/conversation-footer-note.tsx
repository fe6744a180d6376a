import type { InboxConversation } from "./inbox-types";

/** Why there is no composer: someone else has it, it must be accepted first, or it is over. */
export function ConversationFooterNote({ conversation }: { conversation: InboxConversation }) {
  const text = conversation.canAccept
    ? "Accept the conversation to reply. Press A."
    : conversation.status === "ASSIGNED"
      ? conversation.canTakeOver
        ? `${conversation.assignee?.name ?? "Another agent"} is handling this conversation. As an admin you can take it over, transfer, resolve or hand it back.`
        : `${conversation.assignee?.name ?? "Another agent"} is handling this conversation. You can still read it.`
      : conversation.status === "QUEUED"
        ? "Waiting in the queue for an agent of its team."
        : conversation.status === "BOT"
          ? "The bot is handling this conversation."
          : conversation.status === "CALLBACK_SCHEDULED"
            ? "The customer is waiting for a call back."
            : "This conversation is closed.";
  return <p className="border-t border-slate-200 bg-slate-50 px-4 py-3 text-sm text-slate-600">{text}</p>;
}
