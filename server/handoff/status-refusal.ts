import type { ConversationStatus } from "../db/generated/client";

/** Why an inbox action cannot happen in this status, in words an agent can act on. */
export function statusRefusal(status: ConversationStatus): string {
  switch (status) {
    case "BOT":
      return "The bot is handling this conversation again, so there is nothing to do here.";
    case "QUEUED":
      return "This conversation is still waiting in the queue: accept it first.";
    case "ASSIGNED":
      return "Someone is already handling this conversation.";
    case "CALLBACK_SCHEDULED":
      return "This conversation ended with a callback request: work it from the Callbacks list.";
    case "RESOLVED":
      return "This conversation is resolved, so it can't take new messages. The customer can start a new chat.";
    case "ABANDONED":
      return "The customer left this conversation.";
  }
}
