/**
 * The limits of server/workspace/canned-reply-schemas.ts, for counters and
 * hints (components may not import server values; a unit test keeps the two
 * equal). The server's schema is what decides.
 */
export const cannedReplyLimits = { shortcut: 32, title: 80, text: 2000 } as const;

/** What the server will store for a typed shortcut (trimmed, no leading "/", lower-case), to show "Agents type /…" while typing. */
export const previewShortcut = (typed: string) => typed.trim().replace(/^\/+/, "").toLowerCase();

/** Whether a reply matches the settings page's search: every word of the query in its shortcut, title or text, ignoring case. */
export function matchesCannedReply(reply: { shortcut: string; title: string; text: string }, query: string): boolean {
  const haystack = `/${reply.shortcut} ${reply.title} ${reply.text}`.toLowerCase();
  return query
    .toLowerCase()
    .split(/\s+/)
    .filter(Boolean)
    .every((word) => haystack.includes(word));
}
