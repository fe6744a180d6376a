"use client";

import { useQuery } from "@tanstack/react-query";
import { useEffect, useId, useState } from "react";
import { useTRPC } from "@/components/providers/trpc";
import { fillPlaceholders } from "./fill-placeholders";
import { filterCannedReplies } from "./filter-canned-replies";
import type { CannedReply } from "./inbox-types";
import { findSlashQuery, insertAtSlash } from "./slash-command";

/**
 * The state of the "/" canned-reply menu for a textarea's text and caret:
 * which replies match, which is highlighted, and the keys that drive it
 * (↑/↓ move, Enter or Tab insert, Escape closes until the next "/").
 * Inserting fills the reply's {{placeholders}} from `placeholders` and
 * selects the first one left unfilled, so the agent can type over it.
 * Each "/" that opens the menu fetches the list again in the background
 * (showing what it has at once), so replies an admin just added or changed
 * are there without reloading the inbox — one small GET per opening.
 */
export function useCannedReplyMenu(
  text: string,
  caret: number,
  placeholders: Readonly<Record<string, string>>,
  onInsert: (next: { text: string; selection: { start: number; end: number } }) => void,
) {
  const trpc = useTRPC();
  const replies = useQuery({ ...trpc.inbox.cannedReplies.queryOptions(), staleTime: 60_000 });
  // By reply id, so a background refetch that adds or reorders replies doesn't move the highlight under the agent's Enter.
  const [highlight, setHighlight] = useState<{ query: string; replyId: string | null }>({ query: "", replyId: null });
  const [dismissedAt, setDismissedAt] = useState<number | null>(null);
  const id = useId();

  const slash = findSlashQuery(text, caret);
  // Escape closes the menu for this "/" only: once it is gone, the next "/" opens it again.
  if (dismissedAt !== null && slash?.start !== dismissedAt) setDismissedAt(null);
  const open = slash !== null && slash.start !== dismissedAt;
  const openedAt = open && slash ? slash.start : null;
  const { refetch } = replies;
  useEffect(() => {
    // Joins a fetch already under way (the first one, on mount) instead of restarting it.
    if (openedAt !== null) void refetch({ cancelRefetch: false });
  }, [openedAt, refetch]);
  const matches = open && slash && replies.data ? filterCannedReplies(replies.data, slash.query) : [];
  const activeIndex =
    highlight.query === slash?.query
      ? Math.max(
          0,
          matches.findIndex((reply) => reply.id === highlight.replyId),
        )
      : 0;

  const pick = (reply: CannedReply) => {
    if (!slash) return;
    const filled = fillPlaceholders(reply.text, placeholders);
    const next = insertAtSlash(text, slash, filled.text);
    const selection = filled.unfilled
      ? { start: slash.start + filled.unfilled.start, end: slash.start + filled.unfilled.end }
      : { start: next.caret, end: next.caret };
    onInsert({ text: next.text, selection });
  };

  /** Handles a key if the menu wants it; true when it did. */
  const onKeyDown = (event: React.KeyboardEvent<HTMLTextAreaElement>): boolean => {
    if (!open || !slash) return false;
    if (event.key === "Escape") {
      setDismissedAt(slash.start);
      return true;
    }
    if (matches.length === 0) return false;
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      const by = event.key === "ArrowDown" ? 1 : -1;
      setHighlight({ query: slash.query, replyId: matches[(activeIndex + by + matches.length) % matches.length]!.id });
      return true;
    }
    const reply = matches[activeIndex];
    if ((event.key === "Enter" || event.key === "Tab") && !event.shiftKey && reply) {
      pick(reply);
      return true;
    }
    return false;
  };

  const menu =
    open && slash
      ? {
          id,
          replies: matches,
          activeIndex,
          status: replies.status,
          query: slash.query,
          onPick: pick,
          onHover: (index: number) => setHighlight({ query: slash.query, replyId: matches[index]?.id ?? null }),
        }
      : null;
  const textareaProps = {
    "aria-controls": menu ? id : undefined,
    "aria-activedescendant": menu && matches.length > 0 ? `${id}-${activeIndex}` : undefined,
  };
  return { menu, textareaProps, onKeyDown };
}
