import type { ChatSession } from "./use-chat-session";

const MAX_EARLIER = 5;
const earlierKey = (slug: string) => `tandem:earlier:${slug}`;

/** This browser's earlier chats on a flow (newest first), kept so they can join the customer when the host site identifies them. */
export function readEarlierSessions(slug: string): ChatSession[] {
  try {
    const stored = JSON.parse(localStorage.getItem(earlierKey(slug)) ?? "[]") as unknown;
    if (!Array.isArray(stored)) return [];
    return stored
      .filter((item): item is ChatSession => typeof item?.sessionId === "string" && typeof item?.token === "string")
      .map(({ sessionId, token }) => ({ sessionId, token }))
      .slice(0, MAX_EARLIER);
  } catch {
    return [];
  }
}

/** Keeps a chat that is being replaced by a new one. */
export function rememberEarlierSession(slug: string, session: ChatSession): void {
  const earlier = [session, ...readEarlierSessions(slug).filter((item) => item.sessionId !== session.sessionId)].slice(0, MAX_EARLIER);
  try {
    localStorage.setItem(earlierKey(slug), JSON.stringify(earlier));
  } catch {
    // Without storage there is nothing earlier to join.
  }
}
