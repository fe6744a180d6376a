"use client";

import { useQuery } from "@tanstack/react-query";
import { useId, useState } from "react";
import { useTRPC } from "@/components/providers/trpc";
import { filterCannedReplies } from "./filter-canned-replies";
import type { CannedReply } from "./inbox-types";
import { findSlashQuery, insertAtSlash } from "./slash-command";

/**
 * The state of the "/" canned-reply menu for a textarea's text and caret:
 * which replies match, which is highlighted, and the keys that drive it
 * (↑/↓ move, Enter or Tab insert, Escape closes until the next "/").
 */
export function useCannedReplyMenu(text: string, caret: number, onInsert: (next: { text: string; caret: number }) => void) {
  const trpc = useTRPC();
  const replies = useQuery({ ...trpc.inbox.cannedReplies.queryOptions(), staleTime: 5 * 60_000 });
  const [highlight, setHighlight] = useState({ query: "", index: 0 });
  const [dismissedAt, setDismissedAt] = useState<number | null>(null);
  const id = useId();

  const slash = findSlashQuery(text, caret);
  // Escape closes the menu for this "/" only: once it is gone, the next "/" opens it again.
  if (dismissedAt !== null && slash?.start !== dismissedAt) setDismissedAt(null);
  const open = slash !== null && slash.start !== dismissedAt;
  const matches = open && slash && replies.data ? filterCannedReplies(replies.data, slash.query) : [];
  const activeIndex = highlight.query === slash?.query ? Math.min(highlight.index, matches.length - 1) : 0;

  const pick = (reply: CannedReply) => {
    if (slash) onInsert(insertAtSlash(text, slash, reply.text));
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
      setHighlight({ query: slash.query, index: (activeIndex + by + matches.length) % matches.length });
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
          onHover: (index: number) => setHighlight({ query: slash.query, index }),
        }
      : null;
  const textareaProps = {
    "aria-controls": menu ? id : undefined,
    "aria-activedescendant": menu && matches.length > 0 ? `${id}-${activeIndex}` : undefined,
  };
  return { menu, textareaProps, onKeyDown };
}
