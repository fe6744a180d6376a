export interface CannedReplyLike {
  shortcut: string;
  title: string;
}

/**
 * The canned replies matching what follows "/" in the composer, best first:
 * shortcut starts with the query, then a title word does, then either
 * contains it. Case-insensitive; an empty query lists them all.
 */
export function filterCannedReplies<T extends CannedReplyLike>(replies: readonly T[], query: string, limit = 8): T[] {
  const needle = query.trim().toLowerCase();
  const score = (reply: T): number | null => {
    if (!needle) return 0;
    const shortcut = reply.shortcut.toLowerCase().replace(/^\//, "");
    const title = reply.title.toLowerCase();
    if (shortcut.startsWith(needle)) return 0;
    if (title.split(/\s+/).some((word) => word.startsWith(needle))) return 1;
    if (shortcut.includes(needle) || title.includes(needle)) return 2;
    return null;
  };
  return replies
    .map((reply, index) => ({ reply, index, rank: score(reply) }))
    .filter((entry): entry is { reply: T; index: number; rank: number } => entry.rank !== null)
    .sort((a, b) => a.rank - b.rank || a.index - b.index)
    .slice(0, limit)
    .map((entry) => entry.reply);
}
